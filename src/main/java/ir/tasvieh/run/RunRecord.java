package ir.tasvieh.run;

import java.time.Instant;

/**
 * A run as stored; {@code outDir} is where its result workbook goes ({@code null} for
 * runs handed in before it was recorded).
 */
record RunRecord(long id, String fileName, String filePath, String sha256, String provider, RunStatus status,
		boolean dryRun, String createdBy, String approvedBy, Instant createdAt, Instant finishedAt, String resultPath,
		String message, String outDir) {

}
