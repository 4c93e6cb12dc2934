package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.job.JobOutcome;
import ir.tasvieh.job.JobRequest;
import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.database.DatabaseRetry;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.Providers;
import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.sheet.MessageText;

/**
 * Takes a sheet in: identifies it by its SHA-256, refuses content that was already run,
 * resumes a run of it that did not finish, validates it and then either pays it at once
 * (the command line, where whoever runs it approves it) or leaves it waiting for a
 * manager (the web, the API and the inbox).
 * <p>
 * "Already run" follows what can harm: a dry run pays nobody, so a real run of a sheet
 * that was only validated before goes ahead, while running the same content again in any
 * other combination is refused unless forced.
 */
@Component
class RunIntake {

	private static final Log logger = LogFactory.getLog(RunIntake.class);

	/** Statuses of a run that the command line resumes when handed the same sheet. */
	private static final Set<RunStatus> RESUMED_BY_COMMAND = EnumSet.of(RunStatus.VALIDATING, RunStatus.APPROVED,
			RunStatus.PAYING, RunStatus.FAILED);

	private final RunRepository runs;

	private final RunLease lease;

	private final RunTransitions transitions;

	private final RunAuditLog audit;

	private final PayoutJob job;

	private final PayoutLedger ledger;

	private final Providers providers;

	private final TransactionTemplate transactions;

	private final RunSettings settings;

	RunIntake(RunRepository runs, RunLease lease, RunTransitions transitions, RunAuditLog audit, PayoutJob job,
			PayoutLedger ledger, Providers providers, PlatformTransactionManager transactionManager,
			RunSettings settings) {
		this.settings = settings;
		this.runs = runs;
		this.lease = lease;
		this.transitions = transitions;
		this.audit = audit;
		this.job = job;
		this.ledger = ledger;
		this.providers = providers;
		this.transactions = DatabaseRetry.transactions(transactionManager);
	}

	/** Validates a sheet and, unless it is a dry run, pays it and follows its payouts. */
	RunResult start(RunRequest request) {
		try {
			Taken taken = take(request, Actor.commandLine(request.user()), true);
			try {
				RunResult result = execute(taken, true);
				if (result.rejected()) {
					discard(taken.runId());
					return RunResult.refused(result.rejection());
				}
				return result;
			}
			finally {
				this.lease.release(taken.runId());
			}
		}
		catch (SheetRejected rejected) {
			return RunResult.refused(rejected);
		}
	}

	/**
	 * Takes a sheet in, on the caller's thread: its SHA-256, then under the sheet's lock
	 * a refusal, an unfinished run of it to resume, or a new run. The run is held by this
	 * process when this returns; {@link #execute} validates it, and the caller releases
	 * it.
	 * @throws SheetRejected when the content was already run or is being run elsewhere
	 */
	Taken take(RunRequest request, Actor actor, boolean pay) {
		String sha256 = FileDigest.sha256(request.file());
		Decision decision = this.transactions.execute((status) -> decide(request, actor, sha256, pay));
		long runId = decision.runId();
		if (decision.resumed() && !this.lease.acquire(runId)) {
			throw new SheetRejected(PayoutJob.ALREADY_RUNNING,
					"این فایل (اجرای شماره " + MessageText.digits(runId) + ") هم‌اکنون در فرایند دیگری در حال اجراست.",
					"This sheet (run " + runId + ") is being run by another process right now.");
		}
		if (decision.resumed()) {
			logger.warn("Resuming run " + runId + " of " + request.fileName() + ", which did not finish");
			this.audit.record(runId, actor, "RESUMED", request.fileName());
		}
		return new Taken(request, actor, sha256, decision);
	}

	/**
	 * A run left {@code VALIDATING} by a process that stopped, taken up again by this
	 * one; the caller holds its lease.
	 */
	Taken takeUp(RunRecord run, Actor actor) {
		Path outDir = (run.outDir() != null) ? Path.of(run.outDir()) : this.settings.outDir();
		RunRequest request = new RunRequest(Path.of(run.filePath()), run.fileName(), ProviderName.of(run.provider()),
				run.dryRun(), false, outDir, run.createdBy(), null);
		return new Taken(request, actor, run.sha256(),
				new Decision(run.id(), true, ProviderName.of(run.provider()), run.createdAt()));
	}

	/**
	 * A run whose sheet was rejected as a whole before anyone was told of it leaves no
	 * trace.
	 */
	void discard(long runId) {
		this.ledger.forgetRun(runId);
		this.runs.delete(runId);
	}

	/**
	 * Under the sheet's lock: resume an unfinished run of it, refuse it as already run,
	 * or create its run (held by this process from the start).
	 */
	private Decision decide(RunRequest request, Actor actor, String sha256, boolean pay) {
		this.runs.lockSheet(sha256);
		List<RunRecord> earlier = this.runs.findBySha256(sha256);
		Optional<RunRecord> unfinished = earlier.stream()
			.filter((run) -> run.dryRun() == request.dryRun() && resumable(run, pay))
			.reduce((first, second) -> second);
		if (unfinished.isPresent() && !request.force()) {
			RunRecord run = unfinished.get();
			return new Decision(run.id(), true, ProviderName.of(run.provider()), run.createdAt());
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
				provider.id(), request.dryRun(), request.user(), now, this.lease.owner(), request.outDir());
		this.lease.hold(runId);
		this.audit.record(runId, actor, "UPLOADED", request.fileName());
		return new Decision(runId, false, provider, now);
	}

	private static boolean resumable(RunRecord run, boolean pay) {
		if (pay) {
			return RESUMED_BY_COMMAND.contains(run.status());
		}
		return run.status() == RunStatus.VALIDATING || (run.status() == RunStatus.FAILED && run.approvedBy() == null);
	}

	/** Either an unfinished run to resume, or the run just created. */
	record Decision(long runId, boolean resumed, ProviderName provider, Instant createdAt) {

	}

	/** A sheet taken in, its run held by this process and not validated yet. */
	record Taken(RunRequest request, Actor actor, String sha256, Decision decision) {

		long runId() {
			return this.decision.runId();
		}

	}

	/**
	 * A dry run pays nothing, so it goes ahead whatever ran before; a real run is refused
	 * when the content was run for real before.
	 */
	private void refuseIfAlreadyRun(RunRequest request, List<RunRecord> earlier) {
		if (request.dryRun()) {
			return;
		}
		earlier.stream()
			.filter((run) -> !run.dryRun())
			.filter((run) -> !rejectedAsAWhole(run))
			.findFirst()
			.ifPresent((run) -> {
				// Each caller says how to run it again in its own words
				// (SheetRejected.followedBy).
				boolean waiting = run.status() == RunStatus.VALIDATED || run.status() == RunStatus.VALIDATING;
				String doneFa = waiting ? " در انتظار تأیید است" : " اجرا شده است";
				String doneEn = waiting ? " is waiting for approval as run " : " was already run as run ";
				throw new RunAlreadyExists(run.id(), run.fileName(), run.status(), "محتوای این فایل پیش‌تر با نام "
						+ MessageText.quote(run.fileName()) + " در اجرای شماره " + MessageText.digits(run.id()) + doneFa
						+ "؛ اگر دوباره اجرا شود هم شناسه‌های پیگیری از پرداخت دوبارهٔ هر ردیف جلوگیری می‌کنند.",
						"This content" + doneEn + run.id() + " ('" + run.fileName()
								+ "'); trackers still keep a row from being paid twice if it is run again.");
			});
	}

	/**
	 * A run that {@link RunUploads} ended {@code REJECTED} because its sheet was refused
	 * as a whole paid nobody and had no rows: it does not count as run.
	 */
	private boolean rejectedAsAWhole(RunRecord run) {
		return run.status() == RunStatus.REJECTED && this.audit.trail(run.id())
			.stream()
			.anyMatch((entry) -> RunUploads.SHEET_REJECTED.equals(entry.action()));
	}

	/**
	 * Validates a taken run and, for the command line, pays it; a sheet rejected as a
	 * whole comes back in the result, its run left for the caller to discard or end.
	 */
	RunResult execute(Taken taken, boolean pay) {
		RunRequest request = taken.request();
		Actor actor = taken.actor();
		String sha256 = taken.sha256();
		Decision decision = taken.decision();
		long runId = decision.runId();
		JobRequest jobRequest = new JobRequest(runId, request.file(), request.fileName(), sha256, decision.provider(),
				request.dryRun(), request.outDir(), request.user(), null, decision.createdAt(),
				(request.followFor() != null) ? request.followFor() : Duration.ZERO);
		JobOutcome validated = this.job.validate(jobRequest);
		if (validated.rejection() != null) {
			return new RunResult(runId, RunStatus.VALIDATING, null, List.of(), validated.rejection(), null, false);
		}
		if (!validated.completed() || request.dryRun()) {
			return settle(runId, validated, RunStatus.DRY_RUN);
		}
		if (!pay) {
			boolean nothingToPay = validated.byStatus()
				.stream()
				.noneMatch((tally) -> tally.key().equals(PayoutStatus.READY.name()));
			return settle(runId, validated, nothingToPay ? RunStatus.COMPLETED : RunStatus.VALIDATED);
		}
		// Whoever runs a sheet from the command line approves it (SPEC 9.2), including
		// when running it again resumes a run that failed.
		this.transitions.move(runId, EnumSet.of(RunStatus.VALIDATING, RunStatus.FAILED), RunStatus.APPROVED, actor,
				"APPROVED", null);
		this.transitions.move(runId, EnumSet.of(RunStatus.APPROVED, RunStatus.PAYING, RunStatus.FAILED),
				RunStatus.PAYING, null, null, null);
		JobOutcome paid = this.job.pay(jobRequest.approvedBy(actor.username()));
		return settle(runId, paid, allFinal(paid.byStatus()) ? RunStatus.COMPLETED : RunStatus.TRACKING);
	}

	static boolean allFinal(List<Tally> byStatus) {
		return byStatus.stream().allMatch((tally) -> PayoutStatus.valueOf(tally.key()).isFinal());
	}

	private RunResult settle(long runId, JobOutcome outcome, RunStatus completedStatus) {
		if (!outcome.completed()) {
			this.transitions.settle(runId, RunStatus.FAILED, null, outcome.failure());
			return new RunResult(runId, RunStatus.FAILED, null, outcome.byStatus(), null, outcome.failure(),
					outcome.retryLater());
		}
		String result = (outcome.resultPath() != null) ? outcome.resultPath().toString() : null;
		RunStatus status = this.transitions.settle(runId, completedStatus, result, null);
		return new RunResult(runId, status, outcome.resultPath(), outcome.byStatus(), null, null, false);
	}

}
