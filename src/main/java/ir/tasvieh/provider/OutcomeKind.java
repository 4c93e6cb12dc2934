package ir.tasvieh.provider;

/**
 * What a provider's answer says about a payout. An answer is data, never an exception.
 */
public enum OutcomeKind {

	/** The money reached the payee. */
	PAID,
	/** Accepted by the provider, not final yet. */
	PENDING,
	/** Refused or failed; final. */
	FAILED,
	/** Cancelled; final. */
	CANCELED,
	/** Paid, then returned; final. */
	REVERSED,
	/**
	 * The provider does not know the payout: it was never taken, so it is safe to send
	 * it.
	 */
	NOT_FOUND,
	/**
	 * The outcome is not known (timeout, connection reset, 5xx, an answer that cannot be
	 * read): the payout may have been taken, so the provider must be asked before it is
	 * sent again.
	 */
	UNKNOWN

}
