package ir.tasvieh.run;

import java.time.Instant;

/** A run as stored. */
record RunRecord(long id, String fileName, String filePath, String sha256, String provider, RunStatus status,
		boolean dryRun, String createdBy, Instant createdAt, String resultPath) {

}
