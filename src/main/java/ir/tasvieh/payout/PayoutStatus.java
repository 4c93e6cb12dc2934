package ir.tasvieh.payout;

import org.springframework.modulith.NamedInterface;

/**
 * The status of a payout (SPEC section 5). {@link #SUBMITTING} and {@link #UNKNOWN} are
 * internal and never appear in a report.
 */
@NamedInterface("values")
public enum PayoutStatus {

	/** Failed validation; never sent. */
	INVALID,
	/** Valid, not sent: a dry run, or waiting for approval. */
	READY,
	/** Committed before the provider call; the call may or may not have happened. */
	SUBMITTING,
	/**
	 * The call's outcome is not known: the provider is asked before anything is sent
	 * again.
	 */
	UNKNOWN,
	/** Accepted by the provider, not final. */
	SUBMITTED,
	/** Paid. */
	PAID,
	/** Refused or failed at the provider or the bank. */
	FAILED,
	/** Cancelled before it was paid. */
	CANCELED,
	/** Paid, then returned by the bank. */
	REVERSED;

	/**
	 * Whether a payout in this status carries a reason (SPEC 5): the provider's own words
	 * or a person's note saying why it did not simply get paid.
	 */
	public boolean carriesReason() {
		return this == FAILED || this == CANCELED || this == REVERSED || this == UNKNOWN;
	}

	/** Whether nothing more will happen to the payout. */
	public boolean isFinal() {
		return this == INVALID || this == PAID || this == FAILED || this == CANCELED || this == REVERSED;
	}

}
