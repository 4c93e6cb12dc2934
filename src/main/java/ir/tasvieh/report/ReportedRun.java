package ir.tasvieh.report;

import java.time.Instant;

/**
 * The run a result workbook describes, as its Summary sheet shows it.
 *
 * @param uploadedBy who handed the sheet in (for the command line: who ran it)
 * @param approvedBy the manager who approved paying it (for the command line: who ran
 * it), or {@code null} while nobody has
 */
public record ReportedRun(long runId, String fileName, String sha256, String provider, boolean dryRun,
		String uploadedBy, String approvedBy, Instant startedAt, Instant finishedAt) {

}
