package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import ir.tasvieh.provider.ProviderName;

/**
 * What the payout job is asked to do for one run.
 *
 * @param runId the run
 * @param file the sheet
 * @param fileName the sheet's name as the user gave it
 * @param sha256 the sheet's SHA-256 (hex)
 * @param provider the provider to validate for and pay through
 * @param dryRun validate and report only
 * @param outDir where the result workbook goes
 * @param ranBy who handed the sheet in (for the command line: who ran it)
 * @param approvedBy who approved paying it (for the command line: who ran it), or
 * {@code null} while nobody has
 * @param startedAt when the run was created
 * @param followFor how long to follow payouts before reporting
 */
public record JobRequest(long runId, Path file, String fileName, String sha256, ProviderName provider, boolean dryRun,
		Path outDir, String ranBy, String approvedBy, Instant startedAt, Duration followFor) {

	/** The same request, approved by {@code approver}. */
	public JobRequest approvedBy(String approver) {
		return new JobRequest(this.runId, this.file, this.fileName, this.sha256, this.provider, this.dryRun,
				this.outDir, this.ranBy, approver, this.startedAt, this.followFor);
	}

}
