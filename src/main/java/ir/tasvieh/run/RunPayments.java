package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ir.tasvieh.job.JobOutcome;
import ir.tasvieh.job.JobRequest;
import ir.tasvieh.job.PayoutJob;
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

	private final RunRepository runs;

	private final RunLease lease;

	private final RunTransitions transitions;

	private final PayoutJob job;

	private final RunSettings settings;

	private final ExecutorService background;

	RunPayments(RunRepository runs, RunLease lease, RunTransitions transitions, PayoutJob job, RunSettings settings) {
		this.runs = runs;
		this.lease = lease;
		this.transitions = transitions;
		this.job = job;
		this.settings = settings;
		// Approved runs beyond this wait their turn; those paid share the provider's
		// calls.
		this.background = Executors.newFixedThreadPool(settings.concurrentPayments(), new PaymentThreads());
	}

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
			throw notAwaitingApproval(runId);
		}
		payInBackground(runId);
	}

	void reject(long runId, Actor actor) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		refuseUnlessAwaitingApproval(run, actor);
		if (!this.transitions.move(runId, EnumSet.of(RunStatus.VALIDATED), RunStatus.REJECTED, actor, "REJECTED",
				null)) {
			throw notAwaitingApproval(runId);
		}
	}

	private void refuseUnlessAwaitingApproval(RunRecord run, Actor actor) {
		if (run.status() != RunStatus.VALIDATED) {
			throw notAwaitingApproval(run.id());
		}
		if (this.settings.fourEyes() && actor.username().equals(run.createdBy())) {
			throw new RunActionRefused(RunActionRefused.FOUR_EYES,
					"اجرای شماره " + run.id() + " را خودتان بارگذاری کرده‌اید؛ مدیر دیگری باید آن را تأیید یا رد کند.",
					"You uploaded run " + run.id() + "; another manager has to approve or reject it (four eyes).");
		}
	}

	private static RunActionRefused notAwaitingApproval(long runId) {
		return new RunActionRefused(RunActionRefused.NOT_AWAITING_APPROVAL,
				"اجرای شماره " + runId + " در انتظار تأیید نیست.", "Run " + runId + " is not waiting for approval.");
	}

	/**
	 * Pays, in the background, every approved run whose payment is not under way in a
	 * live process: after a restart, those are the runs it interrupted.
	 */
	void resumeInterrupted() {
		for (RunStatus status : List.of(RunStatus.APPROVED, RunStatus.PAYING)) {
			this.runs.withStatus(status).stream().filter((run) -> !run.dryRun()).forEach((run) -> {
				logger.info("Run " + run.id() + " of " + run.fileName() + " was " + status + "; paying it on");
				payInBackground(run.id());
			});
		}
	}

	private void payInBackground(long runId) {
		this.background.execute(() -> pay(runId));
	}

	private void pay(long runId) {
		if (!this.lease.acquire(runId)) {
			logger.info("Run " + runId + " is being paid by another process");
			return;
		}
		payLeased(runId, this.settings.followFor());
	}

	/**
	 * {@link #payLeased} in the background, for a caller that holds the run's lease and
	 * hands it over.
	 */
	void payLeasedInBackground(long runId) {
		this.background.execute(() -> payLeased(runId, this.settings.followFor()));
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
			if (!paid.completed()) {
				String why = (paid.rejection() != null) ? paid.rejection().getMessage() : paid.failure();
				this.transitions.settle(runId, RunStatus.FAILED, null, why);
				return;
			}
			String result = (paid.resultPath() != null) ? paid.resultPath().toString() : null;
			this.transitions.settle(runId,
					RunIntake.allFinal(paid.byStatus()) ? RunStatus.COMPLETED : RunStatus.TRACKING, result, null);
		}
		catch (RuntimeException ex) {
			logger.error("Paying run " + runId + " stopped; approving it again resumes it", ex);
			this.transitions.settle(runId, RunStatus.FAILED, null,
					ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		finally {
			this.lease.release(runId);
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
				if (status != RunStatus.COMPLETED && RunIntake.allFinal(this.job.tally(runId))) {
					status = RunStatus.COMPLETED;
					this.transitions.settle(runId, status, null, null);
				}
				refreshed.add(new RunRefresh(runId, run.fileName(), changed, status));
			}
			finally {
				this.lease.release(runId);
			}
		}
		return refreshed;
	}

	private JobRequest jobRequest(RunRecord run, Duration followFor) {
		return new JobRequest(run.id(), Path.of(run.filePath()), run.fileName(), run.sha256(),
				ProviderName.of(run.provider()), run.dryRun(), outDir(run), run.createdBy(), run.approvedBy(),
				run.createdAt(), followFor);
	}

	/** A run's results stay in the folder its first result went to. */
	private Path outDir(RunRecord run) {
		Path result = (run.resultPath() != null) ? Path.of(run.resultPath()) : null;
		return (result != null && result.getParent() != null) ? result.getParent() : this.settings.outDir();
	}

	@Override
	public void destroy() {
		// An interrupted payment is resumed at the next start (its run stays PAYING).
		this.background.shutdownNow();
	}

	private static final class PaymentThreads implements ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "run-payment-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			thread.setUncaughtExceptionHandler(OutOfMemory.ENDS_THE_PROCESS);
			return thread;
		}

	}

}
