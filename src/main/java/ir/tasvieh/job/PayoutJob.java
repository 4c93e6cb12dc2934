package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import ir.tasvieh.database.DatabaseRetry;
import ir.tasvieh.payout.EarlierPayouts;
import ir.tasvieh.payout.PayoutDoubts;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutReasons;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.Providers;
import ir.tasvieh.report.ResultWorkbook;
import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.sheet.MessageText;

/**
 * Runs the payout job for a run, synchronously, and tells how it ended. Running a run
 * whose job failed before restarts it where it stopped.
 */
@Component
public class PayoutJob {

	/** The reason of the rejection returned when the run's job is running elsewhere. */
	public static final String ALREADY_RUNNING = "ALREADY_RUNNING";

	private static final Log logger = LogFactory.getLog(PayoutJob.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job validationJob;

	private final Job paymentJob;

	private final PayoutLedger ledger;

	private final PayoutSubmissions submissions;

	private final Providers providers;

	private final ResultWorkbook workbook;

	private final EarlierPayouts earlierPayouts;

	private final SendingStop stop;

	private final PayoutReasons reasons;

	private final TrackingSettings tracking;

	private final StoppedRuns stoppedRuns;

	private final PayoutDoubts doubts;

	private final PaidFollowUp paidFollowUp;

	PayoutJob(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("validationBatchJob") Job validationJob,
			@Qualifier("paymentBatchJob") Job paymentJob, PayoutLedger ledger, PayoutSubmissions submissions,
			Providers providers, ResultWorkbook workbook, EarlierPayouts earlierPayouts, SendingStop stop,
			PayoutReasons reasons, TrackingSettings tracking, StoppedRuns stoppedRuns, PayoutDoubts doubts,
			PaidFollowUp paidFollowUp) {
		this.paidFollowUp = paidFollowUp;
		this.stoppedRuns = stoppedRuns;
		this.reasons = reasons;
		this.doubts = doubts;
		this.tracking = tracking;
		this.earlierPayouts = earlierPayouts;
		this.stop = stop;
		this.submissions = submissions;
		this.providers = providers;
		this.workbook = workbook;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.validationJob = validationJob;
		this.paymentJob = paymentJob;
		this.ledger = ledger;
	}

	/**
	 * Reads and validates a run's sheet into the ledger and writes its result; resumes an
	 * earlier attempt that failed, and does nothing more when one completed.
	 */
	public JobOutcome validate(JobRequest request) {
		return launch(this.validationJob, request, false);
	}

	/**
	 * Pays an approved run's READY payouts, follows them for the request's wait, and
	 * writes the result; resumes an earlier attempt that failed or whose process died.
	 */
	public JobOutcome pay(JobRequest request) {
		return launch(this.paymentJob, request, true);
	}

	/**
	 * The caller holds the run's lease, so an execution of it still marked running
	 * belongs to a process that died: it is recovered (marked failed) and restarted.
	 * @param rounds whether a run whose job completed is paid again in a new round when
	 * it has READY payouts (failed rows retried in place, SPEC 4.1)
	 */
	private JobOutcome launch(Job job, JobRequest request, boolean rounds) {
		JobExecution execution;
		try {
			// A deadlock on the job repository (two instances starting jobs at once) is
			// tried again from the top: what was committed before it is read afresh.
			execution = DatabaseRetry.call("starting the job of run " + request.runId(),
					() -> startOrRestart(job, request, rounds));
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new JobOutcome(false, null, List.of(),
					new SheetRejected(ALREADY_RUNNING,
							"این فایل (اجرای شماره " + MessageText.digits(request.runId())
									+ ") هم‌اکنون در حال اجراست.",
							"This sheet (run " + request.runId() + ") is already running."),
					null, false);
		}
		catch (Exception ex) {
			return JobFailures.notStarted(request.runId(), ex);
		}
		return outcome(request, execution);
	}

	private JobExecution startOrRestart(Job job, JobRequest request, boolean rounds) throws Exception {
		int round = 0;
		JobExecution last = this.jobRepository.getLastJobExecution(job.getName(),
				JobRequestParameters.of(request, round));
		while (rounds && last != null && last.getStatus() == BatchStatus.COMPLETED) {
			JobExecution next = this.jobRepository.getLastJobExecution(job.getName(),
					JobRequestParameters.of(request, round + 1));
			if (next == null && this.submissions.countReady(request.runId()) == 0) {
				break;
			}
			round++;
			last = next;
		}
		JobParameters parameters = JobRequestParameters.of(request, round);
		if (last != null && last.getStatus().isRunning()) {
			logger.warn("Run " + request.runId() + " was left " + last.getStatus() + " by a process that stopped;"
					+ " resuming it");
			last = this.jobOperator.recover(last);
		}
		if (last == null) {
			return this.jobOperator.start(job, parameters);
		}
		if (last.getStatus() == BatchStatus.COMPLETED) {
			return last;
		}
		return this.jobOperator.restart(last);
	}

	/**
	 * Payment jobs claim nothing more from now on: the calls in flight finish and are
	 * recorded, and each job ends failed, to be restarted
	 * ({@link JobOutcome#retryLater()}). Tracking stops waiting. For a clean stop of the
	 * process.
	 */
	public void stopSending() {
		this.stop.request();
	}

	/** Undoes {@link #stopSending()}, when the application is started again. */
	public void allowSending() {
		this.stop.clear();
	}

	/**
	 * Asks the provider once about every payout of a run that is not final, brings its
	 * rows that mirror another run's payout ({@code ALREADY_PAID}) up to date with it,
	 * and, when anything changed, rewrites the run's result workbook.
	 * @return whether anything changed
	 */
	public boolean follow(JobRequest request) {
		PayoutProvider provider = this.providers.provider(request.provider());
		int changed = this.earlierPayouts.follow(request.runId());
		// A stopped run's payouts the provider may still take back are cancelled first.
		changed += this.stoppedRuns.cancelOpen(request.runId(), provider);
		List<LedgerRow> open = this.submissions.notFinal(request.runId());
		changed += open.isEmpty() ? 0 : InquiryGroups.follow(this.submissions, provider, open);
		changed += this.paidFollowUp.follow(request.runId(), provider);
		// A payout of a stopped run its provider never took is never sent now.
		changed += this.stoppedRuns.cancelNeverSent(request.runId());
		if (changed == 0) {
			return false;
		}
		this.workbook.write(ResultWriting.reportedRun(request), request.outDir());
		return true;
	}

	/**
	 * {@link #follow} for a run just stopped by a manager, whose result workbook is
	 * rewritten in any case: its never-sent payouts were cancelled.
	 * @return the result workbook
	 */
	public Path followStopped(JobRequest request) {
		follow(request);
		return this.workbook.write(ResultWriting.reportedRun(request), request.outDir());
	}

	/**
	 * Asks the provider once more about some of a run's payouts, just before a person's
	 * decision on them takes effect (SPEC 6.1), and records what it says: a clear answer
	 * moves a payout out of doubt, and so wins over the decision.
	 */
	public void askAgain(JobRequest request, List<LedgerRow> rows) {
		if (!rows.isEmpty()) {
			InquiryGroups.follow(this.submissions, this.providers.provider(request.provider()), rows);
		}
	}

	/** Rewrites a run's result workbook from the ledger as it is now. */
	public void rewriteResult(JobRequest request) {
		this.workbook.write(ResultWriting.reportedRun(request), request.outDir());
	}

	/** Runs with a payout in doubt for longer than attention-after, newest first. */
	public List<Long> runsNeedingAttention() {
		return this.doubts.runsInDoubtSince(Instant.now().minus(this.tracking.attentionAfter()));
	}

	/**
	 * Runs with payouts that were sent (or may have been) and are not final, or paid and
	 * due to be asked about again.
	 */
	public List<Long> runsWithOpenPayouts() {
		return this.paidFollowUp.andRunsDue(this.submissions.runsNotFinal());
	}

	/** Whether a run has a payout in doubt for longer than attention-after (SPEC 6.1). */
	public boolean needsAttention(long runId) {
		return this.reasons.inDoubtSince(runId, Instant.now().minus(this.tracking.attentionAfter()));
	}

	/** How many of a run's payouts were paid and then returned by the bank. */
	public int reversedCount(long runId) {
		return this.reasons.reversedCount(runId);
	}

	/** Count and rial total per status of a run's payouts. */
	public List<Tally> tally(long runId) {
		return this.ledger.tallyByStatus(runId);
	}

	private JobOutcome outcome(JobRequest request, JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			String path = execution.getExecutionContext().getString(ResultWriting.RESULT_PATH, null);
			return new JobOutcome(true, (path != null) ? Path.of(path) : null,
					this.ledger.tallyByStatus(request.runId()), null, null, false);
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			JobFailures.rethrowIfOutOfMemory(request.runId(), failure);
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			SheetRejected rejection = JobFailures.rejection(failure);
			if (rejection != null) {
				return new JobOutcome(false, null, List.of(), rejection, null, false);
			}
		}
		List<Tally> byStatus = this.ledger.tallyByStatus(request.runId());
		return execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map((failure) -> JobFailures.failed(request.runId(), failure, byStatus))
			.orElseGet(() -> JobFailures.failed(request.runId(),
					new IllegalStateException(execution.getExitStatus().getExitDescription()), byStatus));
	}

}
