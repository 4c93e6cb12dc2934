package ir.tasvieh.run;

import java.nio.file.Path;
import java.util.List;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.sheet.SheetRejected;

/**
 * How handing in a sheet ended.
 *
 * @param runId the run, or {@code null} when the sheet was rejected as a whole
 * @param status the run's status, or {@code null} when the sheet was rejected as a whole
 * @param resultPath the result workbook
 * @param byStatus count and rial total per payout status
 * @param rejection why the sheet was rejected as a whole
 * @param failure why the job stopped (it can be resumed), in a sentence for a person
 * @param retryLater whether it stopped for a passing reason (the database was busy or out
 * of reach, or tasvieh was being stopped): handing the sheet in again later resumes it
 */
public record RunResult(Long runId, RunStatus status, Path resultPath, List<Tally> byStatus, SheetRejected rejection,
		String failure, boolean retryLater) {

	/** A sheet rejected as a whole, with no run left of it. */
	public static RunResult refused(SheetRejected rejection) {
		return new RunResult(null, null, null, List.of(), rejection, null, false);
	}

	public boolean rejected() {
		return this.rejection != null;
	}

	public boolean failed() {
		return this.status == RunStatus.FAILED;
	}

	/**
	 * {@code COMPLETED_WITH_FAILURES} or {@code SUCCEEDED} for a {@code COMPLETED} run,
	 * else {@code null}.
	 */
	public RunOutcome outcome() {
		return (this.status != null) ? RunOutcome.of(this.status, this.byStatus) : null;
	}

	/** Whether every row ended READY (a dry run) or PAID (a paid run). */
	public boolean allRowsGood() {
		String good = (this.status == RunStatus.DRY_RUN) ? PayoutStatus.READY.name() : PayoutStatus.PAID.name();
		return this.byStatus.stream().allMatch((tally) -> tally.key().equals(good));
	}

}
