package ir.tasvieh.job;

import java.nio.file.Path;
import java.util.List;

import ir.tasvieh.payout.Tally;
import ir.tasvieh.sheet.SheetRejected;

/**
 * How a job run ended.
 *
 * @param completed whether every step completed
 * @param resultPath the result workbook, when it was written
 * @param byStatus count and rial total per status
 * @param rejection why the sheet was rejected as a whole, or {@code null}
 * @param failure why the job stopped, in a sentence for a person (the details are in the
 * log), or {@code null}; the job can be restarted
 * @param retryLater whether it stopped for a passing reason (the database was busy or out
 * of reach, or tasvieh was being stopped): it is to be started again as it is, not
 * reported as failed
 */
public record JobOutcome(boolean completed, Path resultPath, List<Tally> byStatus, SheetRejected rejection,
		String failure, boolean retryLater) {

}
