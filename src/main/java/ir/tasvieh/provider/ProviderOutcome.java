package ir.tasvieh.provider;

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

	public static ProviderOutcome unknown(long payoutId, String message, ProviderAnswer answer) {
		return new ProviderOutcome(payoutId, OutcomeKind.UNKNOWN, null, null, null, null, message, answer);
	}

}
