package ir.tasvieh.web;

import ir.tasvieh.run.RunView;

/**
 * A run with what its line in the list and its page header show beside it.
 *
 * @param view the run
 * @param payable rows that are to be paid (every row but the invalid ones)
 * @param done payable rows that reached a final status
 * @param payableTotalIrr the rial total of the payable rows
 * @param live whether it still moves on its own
 */
record RunLine(RunView view, long payable, long done, long payableTotalIrr, boolean live) {

	static RunLine of(RunView run) {
		return new RunLine(run, RunProgress.payable(run), RunProgress.done(run), RunProgress.payableTotalIrr(run),
				RunProgress.isLive(run));
	}

}
