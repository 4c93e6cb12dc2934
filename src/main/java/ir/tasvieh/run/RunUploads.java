package ir.tasvieh.run;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.sheet.MessageText;

/**
 * Sheets handed in to wait for a manager (the web, the API, the inbox) are validated in
 * the {@link ValidationQueue}, a bounded number at a time (SPEC 9.2). An upload is
 * answered when its sheet is validated, or after {@code tasvieh.upload.answer-within}
 * with its run still {@code VALIDATING}; a whole-sheet rejection found after that answer
 * ends the run {@code REJECTED} with the reason as its message, since someone was already
 * told it exists.
 * <p>
 * A run an upload left {@code VALIDATING} when its process stopped (a restart, a crash,
 * running out of memory) is validated again at the next start, as finance expects of a
 * sheet they handed in and were told is being validated; after {@value #MAX_TAKE_UPS}
 * such interruptions it is failed instead, with a message saying so, so that a sheet that
 * takes the server down cannot do it at every start. Runs of the command line and the
 * inbox are left to them: running the command again, or the inbox's next look, resumes
 * them.
 */
@Component
class RunUploads {

	static final String SHEET_REJECTED = "SHEET_REJECTED";

	static final String REQUEUED = "REQUEUED";

	static final int MAX_TAKE_UPS = 2;

	private static final Log logger = LogFactory.getLog(RunUploads.class);

	private static final Actor TASVIEH = new Actor("tasvieh", "validation");

	private static final Actor RESTART = new Actor("tasvieh", "restart");

	/** The ways in that resume their own runs. */
	private static final Set<String> RESUMED_ELSEWHERE = Set.of("cli", "inbox");

	private static final Set<String> WAYS_IN = Set.of("UPLOADED", "RESUMED", REQUEUED);

	private static final int MESSAGE_LENGTH = 4000;

	private final RunIntake intake;

	private final ValidationQueue queue;

	private final RunRepository runs;

	private final RunTransitions transitions;

	private final RunAuditLog audit;

	private final RunLease lease;

	private final PayoutLedger ledger;

	private final UploadSettings settings;

	private final TransactionTemplate transactions;

	RunUploads(RunIntake intake, ValidationQueue queue, RunRepository runs, RunTransitions transitions,
			RunAuditLog audit, RunLease lease, PayoutLedger ledger, UploadSettings settings,
			PlatformTransactionManager transactionManager) {
		this.intake = intake;
		this.queue = queue;
		this.runs = runs;
		this.transitions = transitions;
		this.audit = audit;
		this.lease = lease;
		this.ledger = ledger;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Hands in an upload; answers within {@code tasvieh.upload.answer-within}. */
	RunResult upload(RunRequest request, Actor actor) {
		return handIn(request, actor, this.settings.answerWithin());
	}

	/**
	 * Hands in a sheet and waits for its validation to end, its turn included.
	 * @throws CancellationException when the server stops first (the run is resumed when
	 * the same sheet is handed in again)
	 */
	RunResult submit(RunRequest request, Actor actor) {
		return handIn(request, actor, null);
	}

	private RunResult handIn(RunRequest request, Actor actor, Duration answerWithin) {
		// The time to answer in includes the sheet's SHA-256 and its run's creation.
		long deadline = System.nanoTime() + ((answerWithin != null) ? answerWithin.toNanos() : 0);
		RunIntake.Taken taken;
		try {
			taken = this.intake.take(request, actor, false);
		}
		catch (SheetRejected rejected) {
			return RunResult.refused(rejected);
		}
		UploadAnswer answer = new UploadAnswer();
		CompletableFuture<RunResult> done = this.queue.add(taken.runId(), () -> validate(taken, answer));
		Duration left = (answerWithin != null) ? Duration.ofNanos(Math.max(0, deadline - System.nanoTime())) : null;
		return answer.await(taken.runId(), done, left);
	}

	/** Validates a run in its turn; the run's lease is released here. */
	private RunResult validate(RunIntake.Taken taken, UploadAnswer answer) {
		long runId = taken.runId();
		try {
			RunResult result = this.intake.execute(taken, false);
			if (result.rejected()) {
				if (answer.deliver()) {
					this.intake.discard(runId);
					return RunResult.refused(result.rejection());
				}
				if (PayoutJob.ALREADY_RUNNING.equals(result.rejection().reason())) {
					// Not the sheet's fault: whoever runs its job settles the run.
					logger.warn("Run " + runId + " is being validated by another process");
					return result;
				}
				return rejectAfterAnswer(runId, result.rejection());
			}
			if (result.failed() && this.queue.stopping()) {
				this.transitions.settle(runId, RunStatus.VALIDATING, null, null);
				logger.info("Validating run " + runId + " stopped with the server; it is validated at the next start");
				throw new CancellationException("The server stopped");
			}
			return result;
		}
		catch (RuntimeException ex) {
			if (!(ex instanceof CancellationException)) {
				logger.error("Validating run " + runId + " stopped", ex);
				failQuietly(runId);
			}
			throw ex;
		}
		finally {
			this.lease.release(runId);
		}
	}

	private RunResult rejectAfterAnswer(long runId, SheetRejected rejection) {
		this.transactions.executeWithoutResult((tx) -> {
			this.ledger.forgetRun(runId);
			this.audit.record(runId, TASVIEH, SHEET_REJECTED, rejection.reason());
			this.transitions.settle(runId, RunStatus.REJECTED, null,
					clip(rejection.messageFa() + " — " + rejection.messageEn()));
		});
		logger.info("Run " + runId + " rejected as a whole (" + rejection.reason() + "): " + rejection.messageEn());
		return new RunResult(runId, RunStatus.REJECTED, null, List.of(), rejection, null, false);
	}

	private void failQuietly(long runId) {
		try {
			this.transitions.settle(runId, RunStatus.FAILED, null,
					"بررسی این فهرست با خطایی پیش‌بینی‌نشده متوقف شد (جزئیات در گزارش سرور). برای ادامه، آن را دوباره"
							+ " بارگذاری کنید. — Validating this sheet stopped with an unexpected error (the server log"
							+ " has the details). Upload it again to resume it.");
		}
		catch (RuntimeException ex) {
			logger.warn("Run " + runId + " could not be marked FAILED; it is validated again at the next start", ex);
		}
	}

	/**
	 * Queues again the runs uploads left {@code VALIDATING} in a process that stopped;
	 * {@code serve} calls it when it starts.
	 */
	void takeUpInterrupted() {
		for (RunRecord run : this.runs.withStatus(RunStatus.VALIDATING)) {
			List<AuditEntry> trail = this.audit.trail(run.id());
			if (!handedInByUpload(trail) || !this.lease.acquire(run.id())) {
				continue;
			}
			long takenUp = trail.stream().filter((entry) -> REQUEUED.equals(entry.action())).count();
			if (takenUp >= MAX_TAKE_UPS) {
				giveUp(run, takenUp + 1);
				this.lease.release(run.id());
				continue;
			}
			logger.warn("Run " + run.id() + " of " + run.fileName() + " was left VALIDATING by a process that"
					+ " stopped; validating it again");
			this.audit.record(run.id(), RESTART, REQUEUED, run.fileName());
			RunIntake.Taken taken = this.intake.takeUp(run, RESTART);
			this.queue.add(run.id(), () -> validate(taken, UploadAnswer.given()));
		}
	}

	/** Whether the last way in of the run was an upload (the web or the API). */
	private static boolean handedInByUpload(List<AuditEntry> trail) {
		String address = null;
		for (AuditEntry entry : trail) {
			if (WAYS_IN.contains(entry.action())) {
				address = entry.address();
			}
		}
		return address != null && !RESUMED_ELSEWHERE.contains(address);
	}

	private void giveUp(RunRecord run, long times) {
		logger.error("Run " + run.id() + " of " + run.fileName() + ": validating it was interrupted " + times
				+ " times by the server stopping; it is not tried again on its own");
		this.transitions.settle(run.id(), RunStatus.FAILED, null, "بررسی این فهرست " + MessageText.digits(times)
				+ " بار با توقف سرور (برای نمونه، کمبود حافظه) نیمه‌کاره ماند و دیگر خودبه‌خود از سر گرفته نمی‌شود."
				+ " برای ادامه، آن را دوباره بارگذاری کنید یا به چند فهرست کوچک‌تر بخش کنید. — Validating this sheet was"
				+ " interrupted " + times + " times by the server stopping (for example, out of memory), so it is not"
				+ " tried again on its own. Upload it again to resume it, or split it into smaller sheets.");
	}

	private static String clip(String message) {
		return (message.length() <= MESSAGE_LENGTH) ? message : message.substring(0, MESSAGE_LENGTH);
	}

}
