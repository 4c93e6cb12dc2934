package ir.tasvieh.report;

import java.time.Instant;

/**
 * The run a result workbook describes, as its Summary sheet shows it.
 */
public record ReportedRun(long runId, String fileName, String sha256, String provider, boolean dryRun, String ranBy,
		String approvedBy, Instant startedAt, Instant finishedAt) {

}
