package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Instant;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import ir.tasvieh.report.ReportedRun;
import ir.tasvieh.report.ResultWorkbook;

/**
 * Writes the run's result workbook from the ledger and leaves its path in the job's
 * context.
 */
class ResultWriting implements Tasklet {

	static final String RESULT_PATH = "result.path";

	private final ResultWorkbook workbook;

	private final JobRequest request;

	ResultWriting(ResultWorkbook workbook, JobRequest request) {
		this.workbook = workbook;
		this.request = request;
	}

	static ReportedRun reportedRun(JobRequest request) {
		return new ReportedRun(request.runId(), request.fileName(), request.sha256(), request.provider().id(),
				request.dryRun(), request.ranBy(), request.approvedBy(), request.startedAt(), Instant.now());
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		Path path = this.workbook.write(reportedRun(this.request), this.request.outDir());
		chunkContext.getStepContext()
			.getStepExecution()
			.getJobExecution()
			.getExecutionContext()
			.putString(RESULT_PATH, path.toString());
		return RepeatStatus.FINISHED;
	}

}
