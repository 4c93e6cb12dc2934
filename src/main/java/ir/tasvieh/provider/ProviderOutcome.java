package ir.tasvieh.provider;

import java.util.List;

/**
 * A provider's answer about one payout.
 *
 * @param payoutId the payout it is about
 * @param kind what the answer means
 * @param providerRef the provider's reference (NextPay trace, Vandar transaction id), or
 * {@code null}
 * @param bankTrackingNo the bank's tracking number, or {@code null}
 * @param feeIrr the fee in rials, when the provider told it
 * @param providerStatus the provider's own status text, kept as it came
 * @param message the provider's message (for a failure: why), or a description of what
 * went wrong with the call
 * @param answer the raw answer
 */
public record ProviderOutcome(long payoutId, OutcomeKind kind, String providerRef, String bankTrackingNo, Long feeIrr,
		String providerStatus, String message, ProviderAnswer answer) {

	/**
	 * Orders never sent because their gate was closed ({@link SendGate}): cancelled, with
	 * the gate's words as their status.
	 */
	public static List<ProviderOutcome> notSent(List<PayoutOrder> orders, String why, String operation) {
		return orders.stream().map((order) -> notSent(order, why, operation)).toList();
	}

	/** One order never sent because its gate was closed. */
	public static ProviderOutcome notSent(PayoutOrder order, String why, String operation) {
		return new ProviderOutcome(order.payoutId(), OutcomeKind.CANCELED, null, null, null, why, "not sent: " + why,
				new ProviderAnswer(operation, null, "not sent: " + why));
	}

	public static ProviderOutcome unknown(long payoutId, String message, ProviderAnswer answer) {
		return new ProviderOutcome(payoutId, OutcomeKind.UNKNOWN, null, null, null, null, message, answer);
	}

}
