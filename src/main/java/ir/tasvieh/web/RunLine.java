package ir.tasvieh.web;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.RunView;

/**
 * A run with what its line in the list and its page header show beside it.
 *
 * @param view the run
 * @param payable rows that are to be paid (every row but the invalid ones)
 * @param done payable rows that reached a final status
 * @param payableTotalIrr the rial total of the payable rows
 * @param live whether it still moves on its own
 * @param failed rows that failed, were cancelled or returned (the bar's red share)
 * @param badge what its status label shows (see {@link RunProgress#badge})
 * @param failedOnly rows that are {@code FAILED} (what the "failed rows" link shows)
 */
record RunLine(RunView view, long payable, long done, long payableTotalIrr, boolean live, long failed, String badge,
		long failedOnly) {

	static RunLine of(RunView run) {
		return new RunLine(run, RunProgress.payable(run), RunProgress.done(run), RunProgress.payableTotalIrr(run),
				RunProgress.isLive(run), run.failedCount(), RunProgress.badge(run), run.count(PayoutStatus.FAILED));
	}

}
