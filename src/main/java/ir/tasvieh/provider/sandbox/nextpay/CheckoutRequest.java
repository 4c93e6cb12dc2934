package ir.tasvieh.provider.sandbox.nextpay;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * One checkout call's fields once they passed NextPay's checks, the amount in rials.
 *
 * @param destinationType {@code sheba} or {@code card}
 * @param destination 24 SHEBA digits without {@code IR}, or 16 card digits
 * @param tracker the caller's unique code, {@code null} when none was sent
 */
record CheckoutRequest(NextPayOperation operation, long amountIrr, String destinationType, String destination,
		String name, String tracker) {

	/** NextPay publishes no minimum; 1,000 toman keeps the sandbox honest about one. */
	static final long MINIMUM_IRR = 10_000L;

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern TRACKER = Pattern.compile("[A-Za-z0-9_-]{1,100}");

	private static final int MAX_NAME = 1000;

	/** Either a request or the refusal NextPay would answer. */
	record Checked(CheckoutRequest request, NextPayError error) {

		static Checked refused(NextPayError error) {
			return new Checked(null, error);
		}

	}

	static Checked check(NextPayOperation operation, NextPayForm form, long feeIrr) {
		String amount = form.get("amount");
		if (amount == null) {
			return Checked.refused(NextPayError.AMOUNT_MISSING);
		}
		if (!DIGITS.matcher(amount).matches() || amount.length() > 15) {
			return Checked.refused(NextPayError.AMOUNT_INVALID);
		}
		boolean rials = "IRR".equalsIgnoreCase(form.get("currency"));
		long amountIrr = Long.parseLong(amount) * (rials ? 1 : 10);
		if (amountIrr == 0) {
			return Checked.refused(NextPayError.AMOUNT_INVALID);
		}
		if (amountIrr < MINIMUM_IRR || (operation.feeFromAmount() && amountIrr <= feeIrr)) {
			return Checked.refused(NextPayError.AMOUNT_BELOW_MINIMUM);
		}
		String type = destinationType(operation, form);
		if (type == null) {
			return Checked.refused(NextPayError.invalidRequest("type must be card or sheba"));
		}
		if (!operation.fromTotalBalance() && form.has("card")) {
			return Checked.refused(NextPayError.invalidRequest("card payouts only through checkout_on_time"));
		}
		String destination = form.get(type);
		NextPayError badDestination = type.equals("card") ? checkCard(destination) : checkSheba(destination);
		if (badDestination != null) {
			return Checked.refused(badDestination);
		}
		String name = form.get("name");
		if (name == null || name.length() > MAX_NAME) {
			return Checked.refused(NextPayError.NAME_INVALID);
		}
		String tracker = form.get("tracker");
		if (tracker != null && !TRACKER.matcher(tracker).matches()) {
			return Checked.refused(NextPayError.invalidRequest("tracker must be 1-100 of [A-Za-z0-9_-]"));
		}
		return new Checked(new CheckoutRequest(operation, amountIrr, type, destination, name, tracker), null);
	}

	/**
	 * {@code sheba} or {@code card}, or {@code null} when the call does not say validly.
	 */
	private static String destinationType(NextPayOperation operation, NextPayForm form) {
		String type = form.get("type");
		if (!operation.fromTotalBalance()) {
			return (type == null || type.equals("sheba")) ? "sheba" : null;
		}
		return ("card".equals(type) || "sheba".equals(type)) ? type : null;
	}

	private static NextPayError checkSheba(String sheba) {
		if (sheba == null) {
			return NextPayError.invalidRequest("sheba missing");
		}
		if (sheba.length() != 24 || !DIGITS.matcher(sheba).matches()) {
			return NextPayError.invalidRequest("sheba must be 24 digits without IR");
		}
		// ISO 13616: the country code (I=18, R=27) and check digits move behind the BBAN.
		String rearranged = sheba.substring(2) + "1827" + sheba.substring(0, 2);
		if (new BigInteger(rearranged).mod(BigInteger.valueOf(97)).intValue() != 1) {
			return NextPayError.invalidRequest("sheba check digits do not match");
		}
		return null;
	}

	private static NextPayError checkCard(String card) {
		if (card == null) {
			return NextPayError.invalidRequest("card missing");
		}
		if (card.length() != 16 || !DIGITS.matcher(card).matches()) {
			return NextPayError.invalidRequest("card must be 16 digits");
		}
		int sum = 0;
		for (int i = 0; i < 16; i++) {
			int digit = card.charAt(i) - '0';
			if (i % 2 == 0) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return (sum % 10 == 0) ? null : NextPayError.invalidRequest("card check digit does not match");
	}

	/**
	 * Rials that leave the wallet: the amount, plus the fee unless the payee bears it.
	 */
	long takenIrr(long feeIrr) {
		return this.operation.feeFromAmount() ? this.amountIrr : this.amountIrr + feeIrr;
	}

}
