package ir.tasvieh.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ir.tasvieh.payout.EarlierPayouts;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.Providers;

/**
 * The payment job of an approved run: {@code submitPayouts} (resolve doubtful payouts,
 * check the balance, send), {@code trackPayouts}, then {@code writeResult}. Its steps run
 * outside a step-wide transaction: every ledger change commits on its own before or after
 * a provider call, which a rollback must never undo.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrackingSettings.class)
class PaymentJobConfiguration {

	static final String JOB_NAME = "paymentJob";

	@Bean
	Job paymentBatchJob(JobRepository jobRepository, Step submitPayouts, Step trackPayouts, Step writeResult) {
		return new JobBuilder(JOB_NAME, jobRepository).start(submitPayouts)
			.next(trackPayouts)
			.next(writeResult)
			.build();
	}

	@Bean
	Step submitPayouts(JobRepository jobRepository, PayoutSubmitting payoutSubmitting) {
		// Started again on restart: it first resolves what a crash left in doubt.
		return new StepBuilder("submitPayouts", jobRepository)
			.tasklet(payoutSubmitting, new ResourcelessTransactionManager())
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step trackPayouts(JobRepository jobRepository, PayoutTracking payoutTracking) {
		return new StepBuilder("trackPayouts", jobRepository)
			.tasklet(payoutTracking, new ResourcelessTransactionManager())
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	PayoutSubmitting payoutSubmitting(PayoutSubmissions submissions, EarlierPayouts earlierPayouts, Providers providers,
			ApplicationEventPublisher events, @Value("#{stepExecution}") StepExecution step, TrackingSettings tracking,
			SendingStop stop, StoppedRuns stoppedRuns) {
		JobRequest request = JobRequestParameters.from(step.getJobParameters());
		return new PayoutSubmitting(submissions, earlierPayouts, providers.provider(request.provider()), events,
				request.runId(), tracking.submitRounds(), tracking.submitGroupsInFlight(), stop, stoppedRuns);
	}

	@Bean
	@StepScope
	PayoutTracking payoutTracking(PayoutSubmissions submissions, EarlierPayouts earlierPayouts, Providers providers,
			@Value("#{stepExecution}") StepExecution step, TrackingSettings tracking, SendingStop stop,
			StoppedRuns stoppedRuns) {
		JobRequest request = JobRequestParameters.from(step.getJobParameters());
		return new PayoutTracking(submissions, earlierPayouts, providers.provider(request.provider()), request.runId(),
				request.followFor(), tracking.pollInterval(), stop, stoppedRuns);
	}

}
