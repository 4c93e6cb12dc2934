package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.job.JobOutcome;
import ir.tasvieh.job.JobRequest;
import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.Providers;
import ir.tasvieh.sheet.SheetRejected;

/**
 * Hands a sheet to tasvieh: identifies it by its SHA-256, refuses content that was
 * already run, resumes a run whose job failed or whose process died, validates it and,
 * for a real run, pays it.
 * <p>
 * "Already run" follows what can harm: a dry run pays nobody, so a real run of a sheet
 * that was only validated before goes ahead, while running the same content again in any
 * other combination is refused unless forced.
 */
@Service
public class Runs {

	private static final Log logger = LogFactory.getLog(Runs.class);

	/**
	 * Statuses of a run that was interrupted and is resumed by handing in the same sheet.
	 */
	private static final Set<RunStatus> RESUMABLE = EnumSet.of(RunStatus.VALIDATING, RunStatus.APPROVED,
			RunStatus.PAYING, RunStatus.FAILED);

	private final RunRepository runs;

	private final RunLease lease;

	private final PayoutJob job;

	private final PayoutLedger ledger;

	private final Providers providers;

	private final TransactionTemplate transactions;

	Runs(RunRepository runs, RunLease lease, PayoutJob job, PayoutLedger ledger, Providers providers,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.runs = runs;
		this.lease = lease;
		this.job = job;
		this.ledger = ledger;
		this.providers = providers;
	}

	/**
	 * Runs a sheet: validates it and, unless it is a dry run, pays it (a run started this
	 * way is approved by whoever starts it) and follows the payouts for the request's
	 * wait.
	 * @return the result; a whole-sheet rejection is returned in it, not thrown
	 */
	public RunResult start(RunRequest request) {
		try {
			String sha256 = FileDigest.sha256(request.file());
			Decision decision = this.transactions.execute((status) -> decide(request, sha256));
			if (decision.resume() != null) {
				return resume(decision.resume(), request, sha256);
			}
			try {
				return execute(decision.runId(), request, sha256, decision.provider(), decision.createdAt());
			}
			finally {
				this.lease.release(decision.runId());
			}
		}
		catch (SheetRejected rejected) {
			return new RunResult(null, null, null, List.of(), rejected, null);
		}
	}

	/**
	 * Under the sheet's lock: resume an unfinished run of it, refuse it as already run,
	 * or create its run (held by this process from the start).
	 */
	private Decision decide(RunRequest request, String sha256) {
		this.runs.lockSheet(sha256);
		List<RunRecord> earlier = this.runs.findBySha256(sha256);
		Optional<RunRecord> unfinished = earlier.stream()
			.filter((run) -> run.dryRun() == request.dryRun() && RESUMABLE.contains(run.status()))
			.reduce((first, second) -> second);
		if (unfinished.isPresent() && !request.force()) {
			return new Decision(unfinished.get(), 0, null, null);
		}
		if (!request.force()) {
			refuseIfAlreadyRun(request, earlier);
		}
		ProviderName provider = (request.provider() != null) ? request.provider() : this.providers.defaultProvider();
		if (!request.dryRun()) {
			// Fails before anything is created when this build cannot pay through it.
			this.providers.provider(provider);
		}
		Instant now = Instant.now();
		long runId = this.runs.create(request.fileName(), request.file().toAbsolutePath().toString(), sha256,
				provider.id(), request.dryRun(), request.user(), now, this.lease.owner());
		this.lease.hold(runId);
		return new Decision(null, runId, provider, now);
	}

	/** Either an unfinished run to resume, or the run just created. */
	private record Decision(RunRecord resume, long runId, ProviderName provider, Instant createdAt) {

	}

	/**
	 * Follows every payout that is not final, of every run, once; rewrites the result
	 * workbook of each run that changed and completes the runs whose payouts are all
	 * final. A run another live process is working on is left to it.
	 */
	public List<RunRefresh> refresh() {
		List<RunRefresh> refreshed = new ArrayList<>();
		for (Long runId : this.job.runsWithOpenPayouts()) {
			Optional<RunRecord> found = this.runs.find(runId);
			if (found.isEmpty() || !this.lease.acquire(runId)) {
				continue;
			}
			RunRecord run = found.get();
			try {
				Path result = (run.resultPath() != null) ? Path.of(run.resultPath()) : null;
				Path outDir = (result != null && result.getParent() != null) ? result.getParent() : Path.of("output");
				boolean changed = this.job.follow(new JobRequest(run.id(), Path.of(run.filePath()), run.fileName(),
						run.sha256(), ProviderName.of(run.provider()), run.dryRun(), outDir, run.createdBy(),
						run.createdAt(), Duration.ZERO));
				RunStatus status = run.status();
				if (allFinal(this.job.tally(runId))) {
					status = RunStatus.COMPLETED;
					this.runs.finish(runId, status, run.resultPath(), null);
				}
				refreshed.add(new RunRefresh(runId, run.fileName(), changed, status));
			}
			finally {
				this.lease.release(runId);
			}
		}
		return refreshed;
	}

	private RunResult resume(RunRecord run, RunRequest request, String sha256) {
		if (!this.lease.acquire(run.id())) {
			throw new SheetRejected(PayoutJob.ALREADY_RUNNING,
					"این فایل (اجرای شماره " + run.id() + ") هم‌اکنون در فرایند دیگری در حال اجراست.",
					"This sheet (run " + run.id() + ") is being run by another process right now.");
		}
		try {
			logger.warn("Resuming run " + run.id() + " of " + run.fileName() + ", which did not finish");
			return execute(run.id(), request, sha256, ProviderName.of(run.provider()), run.createdAt());
		}
		finally {
			this.lease.release(run.id());
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
		JobRequest jobRequest = new JobRequest(runId, request.file(), request.fileName(), sha256, provider,
				request.dryRun(), request.outDir(), request.user(), createdAt,
				(request.followFor() != null) ? request.followFor() : Duration.ZERO);
		JobOutcome validated = this.job.validate(jobRequest);
		if (validated.rejection() != null) {
			this.ledger.forgetRun(runId);
			this.runs.delete(runId);
			return new RunResult(null, null, null, List.of(), validated.rejection(), null);
		}
		if (!validated.completed() || request.dryRun()) {
			return finish(runId, validated, RunStatus.DRY_RUN);
		}
		this.runs.updateStatus(runId, RunStatus.PAYING, request.user());
		JobOutcome paid = this.job.pay(jobRequest);
		return finish(runId, paid, allFinal(paid.byStatus()) ? RunStatus.COMPLETED : RunStatus.TRACKING);
	}

	private static boolean allFinal(List<Tally> byStatus) {
		return byStatus.stream().allMatch((tally) -> PayoutStatus.valueOf(tally.key()).isFinal());
	}

	private RunResult finish(long runId, JobOutcome outcome, RunStatus completedStatus) {
		if (!outcome.completed()) {
			this.runs.finish(runId, RunStatus.FAILED, null, outcome.failure());
			return new RunResult(runId, RunStatus.FAILED, null, outcome.byStatus(), null, outcome.failure());
		}
		String result = (outcome.resultPath() != null) ? outcome.resultPath().toString() : null;
		this.runs.finish(runId, completedStatus, result, null);
		return new RunResult(runId, completedStatus, outcome.resultPath(), outcome.byStatus(), null, null);
	}

}
