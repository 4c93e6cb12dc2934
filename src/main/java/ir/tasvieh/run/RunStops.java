package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.PayoutStops;
import ir.tasvieh.sheet.MessageText;

/**
 * A manager stops a run that is being paid (docs/SPEC.md section 9.7). In one
 * transaction, under the run's lock: the durable stop mark, every payout never sent
 * {@code CANCELED} ("stopped by … before sending: …"), the run {@code STOPPED} with who
 * and why as its message, the audit entry and the run's one {@code STOPPED} mail. Once
 * that commits, which is when the stop is answered, no instance claims or sends anything
 * more of the run: each reads the mark before every claim and every call. Then the run's
 * sent payouts are followed, those the provider may still take back are cancelled, and
 * its result workbook is rewritten: here when no process is paying it, else by the
 * process that is, as its payment ends.
 */
@Component
class RunStops {

	static final String NOT_STOPPABLE = "NOT_STOPPABLE";

	private static final Log logger = LogFactory.getLog(RunStops.class);

	private static final Set<RunStatus> STOPPABLE = EnumSet.of(RunStatus.APPROVED, RunStatus.PAYING,
			RunStatus.TRACKING);

	/** What the reason column holds. */
	private static final int MAX_REASON = 1000;

	private final RunRepository runs;

	private final RunTransitions transitions;

	private final PayoutStops stops;

	private final RunPayments payments;

	private final RunLease lease;

	private final PayoutJob job;

	RunStops(RunRepository runs, RunTransitions transitions, PayoutStops stops, RunPayments payments, RunLease lease,
			PayoutJob job) {
		this.runs = runs;
		this.transitions = transitions;
		this.stops = stops;
		this.payments = payments;
		this.lease = lease;
		this.job = job;
	}

	/**
	 * Stops the run; the following-up runs in the background unless {@code followHere}.
	 * @throws RunActionRefused {@code NOT_FOUND}, or {@code NOT_STOPPABLE} unless the run
	 * is {@code APPROVED}, {@code PAYING} or {@code TRACKING}
	 */
	void stop(long runId, Actor actor, String reason, boolean followHere) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		String why = (reason == null || reason.isBlank()) ? "no reason given" : reason.strip();
		String said = (why.length() <= MAX_REASON) ? why : why.substring(0, MAX_REASON - 1) + "…";
		int[] neverSent = new int[1];
		boolean stopped = this.transitions.move(runId, STOPPABLE, RunStatus.STOPPED, actor, "STOPPED", said,
				"Stopped by " + actor.username() + ": " + said,
				() -> neverSent[0] = this.stops.stop(runId, actor.username(), said));
		if (!stopped) {
			throw notStoppable(this.runs.find(runId).map(RunRecord::status).orElse(run.status()), runId);
		}
		logger.info("Run " + runId + " of " + run.fileName() + " stopped by " + actor.username() + "; " + neverSent[0]
				+ " payouts never sent were cancelled");
		if (followHere) {
			followStopped(runId);
		}
		else {
			followStoppedInBackground(runId);
		}
	}

	/** {@link #followStopped} in the background. */
	void followStoppedInBackground(long runId) {
		this.payments.inBackground(runId, () -> followStopped(runId));
	}

	/**
	 * Follows a run just stopped unless a process is paying it (which does the same as
	 * its payment ends): cancels what the provider may still take back, asks about the
	 * rest, and rewrites the result workbook.
	 */
	void followStopped(long runId) {
		Optional<RunRecord> found = this.runs.find(runId);
		if (found.isEmpty() || !this.lease.acquire(runId)) {
			return;
		}
		try {
			Path result = this.job.followStopped(this.payments.jobRequest(found.get(), Duration.ZERO));
			this.transitions.settle(runId, RunStatus.STOPPED, result.toString(), null);
		}
		catch (RuntimeException ex) {
			// The stop holds; refresh follows the run and rewrites its workbook later.
			logger.warn("Following stopped run " + runId + " failed; refresh follows it: " + ex.getMessage());
		}
		finally {
			this.lease.release(runId);
		}
	}

	private static RunActionRefused notStoppable(RunStatus status, long runId) {
		return new RunActionRefused(NOT_STOPPABLE,
				"اجرای شماره " + MessageText.digits(runId) + " (" + status
						+ ") در حال پرداخت نیست و نمی‌توان آن را متوقف کرد؛ فقط اجرای"
						+ " تأییدشده، در حال پرداخت یا در حال پیگیری متوقف می‌شود.",
				"Run " + runId + " (" + status + ") cannot be stopped: only an APPROVED, PAYING or TRACKING run can.");
	}

}
