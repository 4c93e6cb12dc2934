package ir.tasvieh.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import ir.tasvieh.payout.NewPayout;
import ir.tasvieh.payout.EarlierPayouts;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.SheetWideRules;
import ir.tasvieh.provider.Providers;
import ir.tasvieh.report.ResultWorkbook;
import ir.tasvieh.sheet.PayoutSheets;
import ir.tasvieh.sheet.SheetRow;
import ir.tasvieh.validation.RowValidator;
import ir.tasvieh.validation.LimitsSettings;
import ir.tasvieh.validation.ValidationSettings;
import ir.tasvieh.sheet.SheetSettings;

/**
 * The validation job: {@code validateRows} (chunk-oriented: sheet → validation → ledger),
 * then {@code applySheetRules} (duplicates, run total), {@code checkEarlierRuns}
 * (payments other runs made, SPEC 4.1), then {@code writeResult}.
 */
@Configuration(proxyBeanMethods = false)
class ValidationJobConfiguration {

	/**
	 * Was {@code payoutJob} until the job was named for what it does; migration V30
	 * renames the job instances an existing database holds, so that a validation that
	 * failed or was interrupted before the upgrade is still found and resumed.
	 */
	static final String JOB_NAME = "validationJob";

	@Bean
	Job validationBatchJob(JobRepository jobRepository, Step validateRows, Step applySheetRules, Step checkEarlierRuns,
			Step writeResult) {
		return new JobBuilder(JOB_NAME, jobRepository).start(validateRows)
			.next(applySheetRules)
			.next(checkEarlierRuns)
			.next(writeResult)
			.build();
	}

	@Bean
	Step validateRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SheetRowReader sheetRowReader, RowToPayoutProcessor rowToPayoutProcessor, LedgerItemWriter ledgerItemWriter,
			ValidationSettings settings) {
		return new StepBuilder("validateRows", jobRepository).<SheetRow, NewPayout>chunk(settings.chunkSize())
			.transactionManager(transactionManager)
			.reader(sheetRowReader)
			.processor(rowToPayoutProcessor)
			.writer(ledgerItemWriter)
			.build();
	}

	@Bean
	Step applySheetRules(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SheetWideRules sheetWideRules, LimitsSettings limits, ValidationSettings settings) {
		return new StepBuilder("applySheetRules", jobRepository).tasklet((contribution, chunkContext) -> {
			JobRequest request = JobRequestParameters.from(contribution.getStepExecution().getJobParameters());
			sheetWideRules.apply(request.runId(), request.fileName(), settings.rejectDuplicatePayees(),
					limits.maxRunIrr());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	/**
	 * Rows whose payment an earlier run made, is making, or failed (SPEC 4.1): decided
	 * now so that a run waiting for approval shows it, and again before paying.
	 */
	@Bean
	Step checkEarlierRuns(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			EarlierPayouts earlierPayouts) {
		return new StepBuilder("checkEarlierRuns", jobRepository).tasklet((contribution, chunkContext) -> {
			JobRequest request = JobRequestParameters.from(contribution.getStepExecution().getJobParameters());
			earlierPayouts.apply(request.runId(), request.dryRun());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step writeResult(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ResultWriting resultWriting) {
		// Rewriting a workbook is harmless, so a restart always writes it again.
		return new StepBuilder("writeResult", jobRepository).tasklet(resultWriting, transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	SheetRowReader sheetRowReader(PayoutSheets sheets, PayoutLedger ledger,
			@Value("#{stepExecution}") StepExecution step, LimitsSettings limits, SheetSettings sheet) {
		JobRequest jobRequest = JobRequestParameters.from(step.getJobParameters());
		return new SheetRowReader(sheets, ledger, jobRequest.runId(), jobRequest.file(), jobRequest.fileName(),
				limits.maxRows(), sheet.defaultUnit());
	}

	@Bean
	@StepScope
	RowToPayoutProcessor rowToPayoutProcessor(SheetRowReader sheetRowReader, RowValidator validator,
			PayoutLedger ledger, @Value("#{stepExecution}") StepExecution step, Providers providers,
			LimitsSettings limits) {
		JobRequest jobRequest = JobRequestParameters.from(step.getJobParameters());
		return new RowToPayoutProcessor(sheetRowReader, validator, jobRequest.runId(), jobRequest.sha256(),
				providers.capabilities(jobRequest.provider()), limits, ledger);
	}

	@Bean
	@StepScope
	LedgerItemWriter ledgerItemWriter(PayoutLedger ledger, ApplicationEventPublisher events,
			@Value("#{stepExecution}") StepExecution step, RowToPayoutProcessor rowToPayoutProcessor) {
		JobRequest jobRequest = JobRequestParameters.from(step.getJobParameters());
		return new LedgerItemWriter(ledger, events, jobRequest.runId(), rowToPayoutProcessor);
	}

	@Bean
	@StepScope
	ResultWriting resultWriting(ResultWorkbook workbook, @Value("#{stepExecution}") StepExecution step) {
		JobRequest jobRequest = JobRequestParameters.from(step.getJobParameters());
		return new ResultWriting(workbook, jobRequest);
	}

}
