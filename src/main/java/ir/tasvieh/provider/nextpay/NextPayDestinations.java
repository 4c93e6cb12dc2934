package ir.tasvieh.provider.nextpay;

import java.util.Locale;

import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.PayoutOrder;

/** The destination as NextPay takes it, and how logs show it. */
final class NextPayDestinations {

	private NextPayDestinations() {
	}

	/** The SHEBA's 24 digits without {@code IR}, or the card's 16 digits. */
	static String digits(PayoutOrder order) {
		String destination = (order.destination() != null) ? order.destination().trim() : "";
		if (!order.isCard() && destination.toUpperCase(Locale.ROOT).startsWith("IR")) {
			return destination.substring(2);
		}
		return destination;
	}

	/**
	 * Why this order must not be sent in this mode, or {@code null} when it may be.
	 * Validation normally stops such rows first.
	 */
	static String problem(NextPayMode mode, PayoutOrder order) {
		String digits = digits(order);
		if (order.isCard()) {
			if (!mode.paysCards()) {
				return "NextPay " + mode.name() + " pays only to a SHEBA; a card needs mode checkout_on_time";
			}
			return digits.matches("[0-9]{16}") ? null : "the card number is not 16 digits";
		}
		if (!"SHEBA".equals(order.destinationType())) {
			return "unknown destination type " + order.destinationType();
		}
		return digits.matches("[0-9]{24}") ? null : "the SHEBA is not IR and 24 digits";
	}

	/** For logs: a card as its first 6 and last 4 digits, a SHEBA as it is. */
	static String shown(PayoutOrder order) {
		String digits = digits(order);
		if (order.isCard()) {
			return (digits.length() >= 10) ? digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4)
					: "******";
		}
		return order.destination();
	}

}
