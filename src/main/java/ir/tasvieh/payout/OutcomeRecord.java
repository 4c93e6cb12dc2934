package ir.tasvieh.payout;

/**
 * What a provider's answer changes about a payout, and the answer itself.
 *
 * @param payoutId the payout
 * @param status the status the answer leads to
 * @param providerRef the provider's reference, or {@code null} to keep the one known
 * @param bankTrackingNo the bank's tracking number, or {@code null} to keep the one known
 * @param feeIrr the fee in rials, or {@code null} to keep the one known
 * @param providerStatus the provider's status text (or, for a refusal, its message)
 * @param operation the call that was answered
 * @param httpStatus the answer's HTTP status, or {@code null}
 * @param answerBody the raw answer
 */
public record OutcomeRecord(long payoutId, PayoutStatus status, String providerRef, String bankTrackingNo, Long feeIrr,
		String providerStatus, String operation, Integer httpStatus, String answerBody) {

}
