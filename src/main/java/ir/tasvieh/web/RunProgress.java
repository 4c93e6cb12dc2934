package ir.tasvieh.web;

import java.util.EnumSet;
import java.util.Set;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.RunOutcome;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;

/**
 * How far paying a run has come, for the progress bars and the run page's live poll: rows
 * that are to be paid (every row but the invalid ones) and how many of them are final.
 *
 * @param id the run
 * @param status the run's status
 * @param badge what its status label shows: the status, or
 * {@code COMPLETED_WITH_FAILURES} for a completed run with failed rows (SPEC 9.2)
 * @param statusLabel the badge in the page's language
 * @param live whether the run is still moving on its own (the page keeps polling)
 * @param payable rows that are to be paid
 * @param done payable rows that reached a final status
 * @param failed rows that failed, were cancelled or returned (the bar's red share)
 * @param percent {@code done} of {@code payable}, in whole percent
 * @param text {@code done} of {@code payable} in words, in the page's language and digits
 * @param queue while the run waits for its turn to be validated or is being validated, a
 * line saying so with its place; {@code null} otherwise
 */
record RunProgress(long id, RunStatus status, String badge, String statusLabel, boolean live, long payable, long done,
		long failed, long percent, String text, String queue) {

	/** Statuses in which a run moves without anybody doing anything. */
	static final Set<RunStatus> LIVE = EnumSet.of(RunStatus.VALIDATING, RunStatus.APPROVED, RunStatus.PAYING,
			RunStatus.TRACKING);

	static long payable(RunView run) {
		return run.rowCount() - run.count(PayoutStatus.INVALID);
	}

	static long done(RunView run) {
		return run.finalCount() - run.count(PayoutStatus.INVALID);
	}

	/** The rial total of every row that is to be paid. */
	static long payableTotalIrr(RunView run) {
		return run.byStatus()
			.stream()
			.filter((tally) -> !tally.key().equals(PayoutStatus.INVALID.name()))
			.mapToLong((tally) -> tally.totalIrr())
			.sum();
	}

	/**
	 * The run's status, or {@code COMPLETED_WITH_FAILURES} for a completed run with
	 * failed rows: never shown as a plain success.
	 */
	static String badge(RunView run) {
		return RunOutcome.shown(run.status(), run.byStatus());
	}

	static boolean isLive(RunView run) {
		return LIVE.contains(run.status());
	}

}
