package ir.tasvieh.job;

import java.nio.file.Path;
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
import org.springframework.stereotype.Component;

import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.sheet.SheetRejected;

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

	private final Job payoutJob;

	private final PayoutLedger ledger;

	PayoutJob(JobOperator jobOperator, JobRepository jobRepository, Job payoutJob, PayoutLedger ledger) {
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.payoutJob = payoutJob;
		this.ledger = ledger;
	}

	/**
	 * Starts the job of a run, or restarts it when an earlier attempt failed.
	 */
	public JobOutcome run(JobRequest request) {
		JobParameters parameters = JobRequestParameters.of(request);
		JobExecution execution;
		try {
			JobExecution last = this.jobRepository.getLastJobExecution(PayoutJobConfiguration.JOB_NAME, parameters);
			execution = (last != null && last.getStatus() != BatchStatus.COMPLETED) ? this.jobOperator.restart(last)
					: this.jobOperator.start(this.payoutJob, parameters);
		}
		catch (JobExecutionAlreadyRunningException ex) {
			return new JobOutcome(false, null, List.of(),
					new SheetRejected(ALREADY_RUNNING,
							"این فایل (اجرای شماره " + request.runId() + ") هم‌اکنون در حال اجراست.",
							"This sheet (run " + request.runId() + ") is already running."),
					null);
		}
		catch (Exception ex) {
			logger.error("Run " + request.runId() + " could not be started", ex);
			return new JobOutcome(false, null, List.of(), null, ex.getMessage());
		}
		return outcome(request, execution);
	}

	private JobOutcome outcome(JobRequest request, JobExecution execution) {
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			String path = execution.getExecutionContext().getString(ResultWriting.RESULT_PATH, null);
			return new JobOutcome(true, (path != null) ? Path.of(path) : null,
					this.ledger.tallyByStatus(request.runId()), null, null);
		}
		for (Throwable failure : execution.getAllFailureExceptions()) {
			SheetRejected rejection = rejection(failure);
			if (rejection != null) {
				return new JobOutcome(false, null, List.of(), rejection, null);
			}
		}
		String failure = execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(PayoutJob::describe)
			.orElse(execution.getExitStatus().getExitDescription());
		return new JobOutcome(false, null, this.ledger.tallyByStatus(request.runId()), null, failure);
	}

	private static SheetRejected rejection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SheetRejected rejected) {
				return rejected;
			}
		}
		return null;
	}

	private static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

}
