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
 * @param failure why the job stopped (it can be resumed)
 */
public record RunResult(Long runId, RunStatus status, Path resultPath, List<Tally> byStatus, SheetRejected rejection,
		String failure) {

	public boolean rejected() {
		return this.rejection != null;
	}

	public boolean failed() {
		return this.status == RunStatus.FAILED;
	}

	/** Whether every row ended READY (dry run) or PAID. */
	public boolean allRowsGood() {
		return this.byStatus.stream()
			.allMatch((tally) -> tally.key().equals(PayoutStatus.READY.name())
					|| tally.key().equals(PayoutStatus.PAID.name()));
	}

}
