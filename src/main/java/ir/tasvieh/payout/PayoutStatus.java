package ir.tasvieh.payout;

import org.springframework.modulith.NamedInterface;

/**
 * The status of a payout (SPEC section 5). {@link #SUBMITTING} is internal and never
 * appears in a report; {@link #UNKNOWN} is shown as it is, so that a payout in doubt is
 * never mistaken for one in flight (docs/SPEC.md section 6.1).
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
	 * In doubt: the call's outcome is not known and no inquiry since has said either way.
	 * The provider is asked on every round; it is never sent again on its own, only on a
	 * manager's decision.
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

	/**
	 * The status a report, a page, a mail or the API shows: SUBMITTING (written just
	 * before the call) is shown as SUBMITTED.
	 */
	public PayoutStatus reported() {
		return (this == SUBMITTING) ? SUBMITTED : this;
	}

	/** Whether nothing more will happen to the payout. */
	public boolean isFinal() {
		return this == INVALID || this == PAID || this == FAILED || this == CANCELED || this == REVERSED;
	}

}
