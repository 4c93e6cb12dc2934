package ir.tasvieh.run;

import java.util.List;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;

/**
 * How a run that is {@code COMPLETED} ended for the people it paid (SPEC 9.2): a run some
 * of whose rows failed, were cancelled or returned is never shown as a plain success.
 */
public enum RunOutcome {

	/** Every payable row was paid. */
	SUCCEEDED,
	/** Some rows are {@code FAILED}, {@code CANCELED} or {@code REVERSED}. */
	COMPLETED_WITH_FAILURES;

	/**
	 * The outcome of a run in {@code status} with these counts, or {@code null} while it
	 * is not final.
	 */
	public static RunOutcome of(RunStatus status, List<Tally> byStatus) {
		if (status != RunStatus.COMPLETED) {
			return null;
		}
		boolean failures = byStatus.stream()
			.anyMatch((tally) -> tally.count() > 0 && PayoutStatus.valueOf(tally.key()).carriesReason());
		return failures ? COMPLETED_WITH_FAILURES : SUCCEEDED;
	}

	/** The outcome's name, or the status's while the run has no outcome. */
	public static String shown(RunStatus status, List<Tally> byStatus) {
		RunOutcome outcome = of(status, byStatus);
		return (outcome == COMPLETED_WITH_FAILURES) ? outcome.name() : status.name();
	}

}
