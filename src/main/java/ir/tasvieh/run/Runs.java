package ir.tasvieh.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;

import ir.tasvieh.job.JobOutcome;
import ir.tasvieh.job.JobRequest;
import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.Providers;
import ir.tasvieh.sheet.SheetRejected;

/**
 * Hands a sheet to tasvieh: identifies it by its SHA-256, refuses content that was
 * already run, resumes a run whose job failed, and runs the payout job.
 * <p>
 * "Already run" follows what can harm: a dry run pays nobody, so a real run of a sheet
 * that was only validated before goes ahead, while running the same content again in any
 * other combination is refused unless forced.
 */
@Service
public class Runs {

	private static final Log logger = LogFactory.getLog(Runs.class);

	private final RunRepository runs;

	private final PayoutJob job;

	private final PayoutLedger ledger;

	private final Providers providers;

	Runs(RunRepository runs, PayoutJob job, PayoutLedger ledger, Providers providers) {
		this.runs = runs;
		this.job = job;
		this.ledger = ledger;
		this.providers = providers;
	}

	/**
	 * Runs a sheet: validates it (and, unless it is a dry run, pays it) and writes its
	 * result.
	 * @throws SheetRejected never: a rejection is returned in the result
	 */
	public RunResult start(RunRequest request) {
		try {
			String sha256 = FileDigest.sha256(request.file());
			List<RunRecord> earlier = this.runs.findBySha256(sha256);
			Optional<RunRecord> unfinished = earlier.stream()
				.filter((run) -> run.dryRun() == request.dryRun())
				.filter((run) -> run.status() == RunStatus.FAILED || run.status() == RunStatus.VALIDATING)
				.reduce((first, second) -> second);
			if (unfinished.isPresent() && !request.force()) {
				RunRecord run = unfinished.get();
				logger.info("Resuming run " + run.id() + " of " + run.fileName());
				return execute(run.id(), request, sha256, ProviderName.of(run.provider()), run.createdAt());
			}
			if (!request.force()) {
				refuseIfAlreadyRun(request, earlier);
			}
			ProviderName provider = (request.provider() != null) ? request.provider()
					: this.providers.defaultProvider();
			Instant now = Instant.now();
			long runId = this.runs.create(request.fileName(), request.file().toAbsolutePath().toString(), sha256,
					provider.id(), request.dryRun(), request.user(), now);
			return execute(runId, request, sha256, provider, now);
		}
		catch (SheetRejected rejected) {
			return new RunResult(null, null, null, List.of(), rejected, null);
		}
	}

	private void refuseIfAlreadyRun(RunRequest request, List<RunRecord> earlier) {
		earlier.stream().filter((run) -> request.dryRun() || !run.dryRun()).findFirst().ifPresent((run) -> {
			throw new SheetRejected("ALREADY_RUN",
					"محتوای این فایل پیش‌تر در اجرای شماره " + run.id() + " («" + run.fileName()
							+ "») اجرا شده است. برای اجرای دوباره از --force استفاده کنید؛ شناسه‌های پیگیری همچنان"
							+ " از پرداخت دوباره جلوگیری می‌کنند.",
					"This content was already run as run " + run.id() + " ('" + run.fileName()
							+ "'). Use --force to run it again; trackers still keep a row from being paid twice.");
		});
	}

	private RunResult execute(long runId, RunRequest request, String sha256, ProviderName provider, Instant createdAt) {
		JobOutcome outcome = this.job.run(new JobRequest(runId, request.file(), request.fileName(), sha256, provider,
				request.dryRun(), request.outDir(), request.user(), createdAt));
		if (outcome.rejection() != null && PayoutJob.ALREADY_RUNNING.equals(outcome.rejection().reason())) {
			return new RunResult(runId, RunStatus.VALIDATING, null, List.of(), outcome.rejection(), null);
		}
		if (outcome.rejection() != null) {
			this.ledger.forgetRun(runId);
			this.runs.delete(runId);
			return new RunResult(null, null, null, List.of(), outcome.rejection(), null);
		}
		if (!outcome.completed()) {
			this.runs.finish(runId, RunStatus.FAILED, null, outcome.failure());
			return new RunResult(runId, RunStatus.FAILED, null, outcome.byStatus(), null, outcome.failure());
		}
		RunStatus status = request.dryRun() ? RunStatus.DRY_RUN : RunStatus.VALIDATED;
		String result = (outcome.resultPath() != null) ? outcome.resultPath().toString() : null;
		this.runs.finish(runId, status, result, null);
		return new RunResult(runId, status, outcome.resultPath(), outcome.byStatus(), null, null);
	}

}
