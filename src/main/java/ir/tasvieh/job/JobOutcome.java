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
 * @param failure a short description of an unexpected failure (the job can be restarted),
 * or {@code null}
 */
public record JobOutcome(boolean completed, Path resultPath, List<Tally> byStatus, SheetRejected rejection,
		String failure) {

}
