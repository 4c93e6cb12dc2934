package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import ir.tasvieh.provider.ProviderName;

/**
 * Carries a {@link JobRequest} in job parameters. Only the run id (and, for a retry in
 * place, its round) identifies the job instance: running the same run again restarts it,
 * while each run of a file (say, with {@code --force}) is an instance of its own.
 */
final class JobRequestParameters {

	private JobRequestParameters() {
	}

	static JobParameters of(JobRequest request) {
		return of(request, 0);
	}

	/**
	 * The parameters of one round of paying a run: round 0 is its first payment, round N
	 * the payment of its Nth retry in place, each a job instance of its own.
	 */
	static JobParameters of(JobRequest request, int round) {
		JobParametersBuilder parameters = new JobParametersBuilder().addLong("runId", request.runId());
		if (round > 0) {
			parameters.addLong("round", (long) round);
		}
		if (request.approvedBy() != null) {
			parameters.addString("approvedBy", request.approvedBy(), false);
		}
		return parameters.addString("file", request.file().toString(), false)
			.addString("fileName", request.fileName(), false)
			.addString("sha256", request.sha256(), false)
			.addString("provider", request.provider().id(), false)
			.addString("dryRun", Boolean.toString(request.dryRun()), false)
			.addString("outDir", request.outDir().toString(), false)
			.addString("ranBy", request.ranBy(), false)
			.addLong("startedAt", request.startedAt().toEpochMilli(), false)
			.addLong("waitSeconds", (request.followFor() != null) ? request.followFor().toSeconds() : 0L, false)
			.toJobParameters();
	}

	static JobRequest from(JobParameters parameters) {
		return new JobRequest(parameters.getLong("runId"), Path.of(parameters.getString("file")),
				parameters.getString("fileName"), parameters.getString("sha256"),
				ProviderName.of(parameters.getString("provider")), Boolean.parseBoolean(parameters.getString("dryRun")),
				Path.of(parameters.getString("outDir")), parameters.getString("ranBy"),
				parameters.getString("approvedBy"), Instant.ofEpochMilli(parameters.getLong("startedAt")),
				Duration.ofSeconds(parameters.getLong("waitSeconds")));
	}

}
