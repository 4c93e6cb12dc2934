package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.payout.PayoutAttempts;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.sheet.MessageText;

/**
 * Retries the FAILED rows of a paid run in place (SPEC 4.1, {@code retry RUN_ID}, the run
 * page's button, {@code POST /api/runs/{id}/retry}). In one transaction each FAILED row
 * gets a new row, its next attempt (sent as {@code <tracker>-r<N>}), the failed one is
 * kept as superseded history, the run goes back to {@code PAYING} and the retry is
 * audited; then the run is paid as an approved run is: only the new attempts are READY,
 * so only they are sent, and the result workbook is rewritten with each sheet row once,
 * as its newest attempt. A retry interrupted by a stopped process is resumed by retrying
 * the run again (or by {@code serve} at start), which pays nobody twice.
 */
@Component
class RunRetries {

	static final String NOTHING_TO_RETRY = "NOTHING_TO_RETRY";

	private static final Log logger = LogFactory.getLog(RunRetries.class);

	/** A run whose payment finished: its FAILED rows may be sent again. */
	private static final Set<RunStatus> PAID = EnumSet.of(RunStatus.COMPLETED, RunStatus.TRACKING);

	/** An approved run whose payment did not finish: retrying it pays it on. */
	private static final Set<RunStatus> INTERRUPTED = EnumSet.of(RunStatus.APPROVED, RunStatus.PAYING,
			RunStatus.FAILED);

	private final RunRepository runs;

	private final RunLease lease;

	private final RunTransitions transitions;

	private final RunPayments payments;

	private final PayoutAttempts attempts;

	private final PayoutLedger ledger;

	private final TransactionTemplate transactions;

	RunRetries(RunRepository runs, RunLease lease, RunTransitions transitions, RunPayments payments,
			PayoutAttempts attempts, PayoutLedger ledger, PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.lease = lease;
		this.transitions = transitions;
		this.payments = payments;
		this.attempts = attempts;
		this.ledger = ledger;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Retries a run and pays the new attempts in the background; returns at once. */
	void retry(long runId, Actor actor) {
		prepare(runId, actor);
		// The lease taken by prepare passes to the payment, which lets it go.
		this.payments.payLeasedInBackground(runId);
	}

	/**
	 * Retries a run and pays the new attempts on this thread, following them for
	 * {@code followFor}, as {@code run} does.
	 */
	RunResult retryAndWait(long runId, Actor actor, Duration followFor) {
		prepare(runId, actor);
		this.payments.payLeased(runId, followFor);
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		// A run put back to APPROVED stopped for a passing reason: for the command line
		// it failed this time, and the same command resumes it.
		boolean later = run.status() == RunStatus.APPROVED;
		RunStatus status = later ? RunStatus.FAILED : run.status();
		return new RunResult(runId, status, (run.resultPath() != null) ? Path.of(run.resultPath()) : null,
				this.ledger.tallyByStatus(runId), null, (status == RunStatus.FAILED) ? run.message() : null, later);
	}

	/**
	 * Takes the run's lease and, in one transaction, turns its FAILED rows into new
	 * attempts and moves it to PAYING; or, for an approved run whose payment was
	 * interrupted, moves it back to PAYING to be paid on.
	 * @throws RunActionRefused when the run does not exist, was never paid, is being
	 * worked on, or has no FAILED row
	 */
	private void prepare(long runId, Actor actor) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		boolean interrupted = !run.dryRun() && run.approvedBy() != null && INTERRUPTED.contains(run.status());
		if (run.dryRun() || (!interrupted && !PAID.contains(run.status()))) {
			throw notPaid(run);
		}
		if (!this.lease.acquire(runId)) {
			throw busy(runId);
		}
		try {
			this.transactions.executeWithoutResult((tx) -> {
				if (interrupted) {
					logger.warn("Resuming run " + runId + " of " + run.fileName() + ", whose payment did not finish");
					moveToPaying(runId, INTERRUPTED, actor, "RESUMED", "payment resumed by a retry");
					return;
				}
				this.runs.lockStatus(runId);
				int failed = this.attempts.countFailed(runId);
				if (failed == 0) {
					throw nothingFailed(runId);
				}
				int retried = this.attempts.retryFailed(runId);
				moveToPaying(runId, PAID, actor, "RETRIED",
						retried + " FAILED " + ((retried == 1) ? "row" : "rows") + " sent again as new attempts");
			});
		}
		catch (RuntimeException ex) {
			this.lease.release(runId);
			throw ex;
		}
	}

	private void moveToPaying(long runId, Set<RunStatus> from, Actor actor, String action, String detail) {
		if (!this.transitions.move(runId, from, RunStatus.PAYING, actor, action, detail)) {
			throw busy(runId);
		}
	}

	private static RunActionRefused nothingFailed(long runId) {
		return new RunActionRefused(
				NOTHING_TO_RETRY, "اجرای شماره " + MessageText.digits(runId) + " ردیف ناموفقی ("
						+ MessageText.isolate("FAILED") + ") برای ارسال دوباره ندارد.",
				"Run " + runId + " has no FAILED rows to send again.");
	}

	private static RunActionRefused notPaid(RunRecord run) {
		return new RunActionRefused(NOTHING_TO_RETRY,
				"اجرای شماره " + MessageText.digits(run.id()) + " (" + run.status()
						+ ") پرداخت نشده است؛ فقط ردیف‌های ناموفق اجرایی که" + " پرداخت شده دوباره فرستاده می‌شوند.",
				"Run " + run.id() + " (" + run.status() + ") was not paid"
						+ " (a dry run, or not approved); only the FAILED rows of a paid run are sent again.");
	}

	private static RunActionRefused busy(long runId) {
		return new RunActionRefused(NOTHING_TO_RETRY,
				"اجرای شماره " + MessageText.digits(runId)
						+ " هم‌اکنون در حال پرداخت یا پیگیری است؛ پس از پایان آن دوباره تلاش کنید.",
				"Run " + runId + " is being paid or followed right now; retry it once that has finished.");
	}

}
