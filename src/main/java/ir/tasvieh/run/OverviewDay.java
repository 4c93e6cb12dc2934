package ir.tasvieh.run;

import java.time.LocalDate;

import ir.tasvieh.payout.Tally;

/**
 * One day of the home page's last 30 days (docs/SPEC.md section 9.3), in Tehran.
 *
 * @param day the day in Tehran
 * @param paid the rows that became paid that day, and their rials
 * @param failed the rows that failed that day and were not sent again in place
 * @param inDoubt the rows that went in doubt that day and still are
 * @param waiting the rows of the runs handed in that day that still wait for a manager's
 * approval
 */
public record OverviewDay(LocalDate day, Tally paid, Tally failed, Tally inDoubt, Tally waiting) {

	/** Rows of any of the four that day: the height of its bar. */
	public long rows() {
		return this.paid.count() + this.failed.count() + this.inDoubt.count() + this.waiting.count();
	}

}
