package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import ir.tasvieh.job.JobOutcome;
import ir.tasvieh.job.JobRequest;
import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.database.DatabaseRetry;
import ir.tasvieh.provider.ProviderName;

/**
 * A validated run's way to being paid: a manager approves or rejects it; an approved run
 * is paid in the background, under its lease, and its payouts are followed until they are
 * final. A run whose payment was interrupted (the process stopped) is paid on from where
 * it stopped, which pays nobody twice (SPEC 6).
 */
@Component
class RunPayments implements DisposableBean {

	private static final Log logger = LogFactory.getLog(RunPayments.class);

	private static final String DATABASE_AWAY = "The database was busy or could not be reached while this run was"
			+ " being paid; nothing was lost, and it is paid on by itself in a few minutes.";

	private final RunRepository runs;

	private final RunLease lease;

	private final RunTransitions transitions;

	private final PayoutJob job;

	private final RunSettings settings;

	private final PaymentPool background;

	private final ApplicationEventPublisher events;

	RunPayments(RunRepository runs, RunLease lease, RunTransitions transitions, PayoutJob job, RunSettings settings,
			ApplicationEventPublisher events) {
		this.events = events;
		this.runs = runs;
		this.lease = lease;
		this.transitions = transitions;
		this.job = job;
		this.settings = settings;
		this.background = new PaymentPool(settings.concurrentPayments());
	}

	/** The audit trail keeps up to 1,000 characters of detail. */
	static final int MAX_REASON = 1000;

	/**
	 * Approves a run waiting for it and starts paying it in the background; a run whose
	 * payment failed after approval is resumed instead.
	 */
	void approve(long runId, Actor actor) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		boolean resume = run.status() == RunStatus.FAILED && run.approvedBy() != null;
		if (!resume) {
			refuseUnlessAwaitingApproval(run, actor);
		}
		RunStatus from = resume ? RunStatus.FAILED : RunStatus.VALIDATED;
		if (!this.transitions.move(runId, EnumSet.of(from), RunStatus.APPROVED, actor, resume ? "RESUMED" : "APPROVED",
				null)) {
			throw RunActionRefused.notAwaitingApproval(runId);
		}
		payInBackground(runId);
	}

	void reject(long runId, Actor actor, String reason) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		refuseUnlessAwaitingApproval(run, actor);
		String why = (reason != null && !reason.isBlank()) ? reason.strip() : null;
		why = (why != null && why.length() > MAX_REASON) ? why.substring(0, MAX_REASON) : why;
		// The reason goes in the audit trail and, as the run's message, on its page and
		// in its mail.
		if (!this.transitions.move(runId, EnumSet.of(RunStatus.VALIDATED), RunStatus.REJECTED, actor, "REJECTED", why,
				why, () -> {
				})) {
			throw RunActionRefused.notAwaitingApproval(runId);
		}
	}

	private void refuseUnlessAwaitingApproval(RunRecord run, Actor actor) {
		if (run.status() != RunStatus.VALIDATED) {
			throw RunActionRefused.notAwaitingApproval(run.id());
		}
		if (this.settings.fourEyes() && actor.username().equals(run.createdBy())) {
			throw new RunActionRefused(RunActionRefused.FOUR_EYES,
					RunActionRefused.runFa(run.id())
							+ " را خودتان بارگذاری کرده‌اید؛ مدیر دیگری باید آن را تأیید یا رد کند.",
					"You uploaded run " + run.id() + "; another manager has to approve or reject it (four eyes).");
		}
	}

	/**
	 * Pays, in the background, every approved run whose payment is not under way in a
	 * live process: after a restart, those are the runs it interrupted.
	 */
	void resumeInterrupted() {
		for (RunStatus status : List.of(RunStatus.APPROVED, RunStatus.PAYING)) {
			this.runs.withStatus(status)
				.stream()
				.filter((run) -> !run.dryRun())
				.forEach((run) -> payInBackground(run.id(),
						"Run " + run.id() + " of " + run.fileName() + " was " + status + "; paying it on"));
		}
	}

	private void payInBackground(long runId) {
		payInBackground(runId, null);
	}

	/**
	 * Queues a run's payment unless queued or in hand here; logs {@code resumed} then.
	 */
	private void payInBackground(long runId, String resumed) {
		this.background.payOnce(runId, () -> pay(runId, resumed));
	}

	private void pay(long runId, String resumed) {
		if (!this.lease.acquire(runId)) {
			logger.debug("Run " + runId + " is being paid by another process");
			return;
		}
		if (resumed != null) {
			logger.info(resumed);
		}
		payLeased(runId, this.settings.followFor());
	}

	/**
	 * {@link #payLeased} in the background, for a caller handing over the run's lease.
	 */
	void payLeasedInBackground(long runId) {
		this.background.pay(runId, () -> payLeased(runId, this.settings.followFor()));
	}

	/**
	 * Pays an approved (or interrupted) run on this thread, follows its payouts for
	 * {@code followFor}, and puts it at rest. The caller holds the run's lease; it is
	 * released here.
	 */
	void payLeased(long runId, Duration followFor) {
		try {
			Optional<RunRecord> found = this.runs.find(runId);
			if (found.isEmpty() || !this.transitions.move(runId, EnumSet.of(RunStatus.APPROVED, RunStatus.PAYING),
					RunStatus.PAYING, null, null, null)) {
				return;
			}
			RunRecord run = found.get();
			JobOutcome paid = this.job.pay(jobRequest(run, followFor));
			if (paid.retryLater()) {
				// Approved still: the refresh timer (or the next start) pays it on.
				this.transitions.settle(runId, RunStatus.APPROVED, null, paid.failure());
				return;
			}
			if (!paid.completed()) {
				String why = (paid.rejection() != null) ? paid.rejection().getMessage() : paid.failure();
				this.transitions.settle(runId, RunStatus.FAILED, null, why);
				return;
			}
			announceReversals(runId);
			String result = (paid.resultPath() != null) ? paid.resultPath().toString() : null;
			this.transitions.settle(runId,
					RunIntake.allFinal(paid.byStatus()) ? RunStatus.COMPLETED : RunStatus.TRACKING, result, null);
		}
		catch (RuntimeException ex) {
			settleAfter(runId, ex);
		}
		finally {
			this.lease.release(runId);
		}
	}

	/**
	 * A run whose payment threw: approved still when the database only passed out of
	 * reach (the timer pays it on), else FAILED. Either way the message is a sentence;
	 * the exception is for the log.
	 */
	private void settleAfter(long runId, RuntimeException ex) {
		boolean later = DatabaseRetry.isTransient(ex);
		logger.error("Paying run " + runId + " stopped; "
				+ (later ? "it is paid on by the refresh timer" : "approving it again resumes it"), ex);
		try {
			this.transitions.settle(runId, later ? RunStatus.APPROVED : RunStatus.FAILED, null,
					later ? DATABASE_AWAY : "Paying this run stopped on an unexpected error (tasvieh's log says"
							+ " which); nothing was lost, and resuming it pays nobody twice.");
		}
		catch (RuntimeException notRecorded) {
			// The database is still away: the run stays PAYING, which the timer and the
			// next start pay on as well.
			logger.warn("Run " + runId + " could not be put at rest: " + notRecorded.getMessage());
		}
	}

	/**
	 * Follows every payout that is not final, of every run, once; rewrites the result
	 * workbook of each run that changed and completes the runs whose payouts are all
	 * final. A run another live process is working on is left to it.
	 */
	List<RunRefresh> refresh() {
		List<RunRefresh> refreshed = new ArrayList<>();
		for (Long runId : this.job.runsWithOpenPayouts()) {
			Optional<RunRecord> found = this.runs.find(runId);
			if (found.isEmpty() || !this.lease.acquire(runId)) {
				continue;
			}
			RunRecord run = found.get();
			try {
				boolean changed = this.job.follow(jobRequest(run, Duration.ZERO));
				RunStatus status = run.status();
				// A stopped run stays STOPPED however its sent payouts end.
				if (status != RunStatus.COMPLETED && status != RunStatus.STOPPED
						&& RunIntake.allFinal(this.job.tally(runId))) {
					status = RunStatus.COMPLETED;
					this.transitions.settle(runId, status, null, null);
				}
				announceReversals(runId);
				if (this.job.needsAttention(runId)) {
					// The outbox keeps one such mail per run, however often this is said.
					this.events.publishEvent(new RunNeedsAttention(runId));
				}
				refreshed.add(new RunRefresh(runId, run.fileName(), changed, status));
			}
			finally {
				this.lease.release(runId);
			}
		}
		return refreshed;
	}

	/** Runs work for a run on the payment pool, as its payment would run. */
	void inBackground(long runId, Runnable work) {
		this.background.pay(runId, work);
	}

	/**
	 * Says how many paid rows were returned, if any: mailed once per count (SPEC 9.6).
	 */
	private void announceReversals(long runId) {
		int reversed = this.job.reversedCount(runId);
		if (reversed > 0) {
			this.events.publishEvent(new RunPayoutsReversed(runId, reversed));
		}
	}

	JobRequest jobRequest(RunRecord run, Duration followFor) {
		return new JobRequest(run.id(), Path.of(run.filePath()), run.fileName(), run.sha256(),
				ProviderName.of(run.provider()), run.dryRun(), outDir(run), run.createdBy(), run.approvedBy(),
				run.createdAt(), followFor);
	}

	/** A run's results stay in the folder its first result went to. */
	private Path outDir(RunRecord run) {
		Path result = (run.resultPath() != null) ? Path.of(run.resultPath()) : null;
		return (result != null && result.getParent() != null) ? result.getParent() : this.settings.outDir();
	}

	/**
	 * Stops paying cleanly: nothing new is started, the payments under way send nothing
	 * more, record what their calls in flight answered, and end; waits for them up to
	 * {@code timeout}. Their runs stay approved and are paid on at the next start.
	 * @return whether they all ended in time
	 */
	boolean stopPaying(Duration timeout) throws InterruptedException {
		this.job.stopSending();
		return this.background.stop(timeout);
	}

	/** Pays again after {@link #stopPaying} (a context stopped and started again). */
	void startPaying() {
		this.background.start();
		this.job.allowSending();
	}

	@Override
	public void destroy() {
		// Only what outlived stopPaying is interrupted; it is resumed at the next start.
		this.background.interrupt();
	}

}
