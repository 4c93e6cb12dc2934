package ir.tasvieh.run;

import java.time.Instant;
import java.util.List;

import ir.tasvieh.payout.PayoutStatus;

/**
 * A manager's decision on payouts in doubt (docs/SPEC.md section 6.1): what the
 * provider's own panel showed for some sheet rows of one run.
 *
 * @param id the decision
 * @param runId the run its rows belong to
 * @param rows the sheet row numbers it covers
 * @param outcome what the panel showed
 * @param providerRef the provider's reference (for {@code PAID}), or {@code null}
 * @param note why, in the manager's words; never empty
 * @param status proposed, applied or overtaken
 * @param proposedBy who made it
 * @param confirmedBy who confirmed it (the same manager when it took effect at once), or
 * {@code null} while proposed
 * @param proposedAt when it was made
 * @param decidedAt when it took effect or was overtaken, or {@code null}
 * @param result what happened to each row when it was decided, or {@code null}
 */
public record Decision(long id, long runId, List<Integer> rows, Outcome outcome, String providerRef, String note,
		Status status, String proposedBy, String confirmedBy, Instant proposedAt, Instant decidedAt, String result) {

	/** What the provider's panel showed. */
	public enum Outcome {

		/** Paid: the row becomes {@code PAID} with the provider's reference. */
		PAID(PayoutStatus.PAID),
		/**
		 * Failed or returned: the row becomes {@code FAILED}, the note its reason, and
		 * may be retried.
		 */
		FAILED(PayoutStatus.FAILED),
		/**
		 * The provider has no such payout: it is sent again under the same tracker, so
		 * the provider's own duplicate check stays a last guard.
		 */
		NOT_RECEIVED(PayoutStatus.READY);

		private final PayoutStatus settlesAs;

		Outcome(PayoutStatus settlesAs) {
			this.settlesAs = settlesAs;
		}

		/** The status a row in doubt is given by this outcome. */
		public PayoutStatus settlesAs() {
			return this.settlesAs;
		}

	}

	/** Where a decision is. */
	public enum Status {

		/** Waiting for a second manager (four eyes). */
		PROPOSED,
		/** Took effect on the rows still in doubt. */
		APPLIED,
		/** The provider answered clearly for every row first; nothing was changed. */
		OVERTAKEN

	}

}
