package ir.tasvieh.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import ir.tasvieh.payout.EarlierPayouts;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.PayoutProvider;

/**
 * Follows a run's sent payouts until each is final or the wait runs out; what is still
 * open then is reported as SUBMITTED and followed later by {@code refresh}.
 */
class PayoutTracking implements Tasklet {

	private final PayoutSubmissions submissions;

	private final EarlierPayouts earlierPayouts;

	private final PayoutProvider provider;

	private final long runId;

	private final Duration wait;

	private final Duration pollInterval;

	private final SendingStop stop;

	private final StoppedRuns stoppedRuns;

	PayoutTracking(PayoutSubmissions submissions, EarlierPayouts earlierPayouts, PayoutProvider provider, long runId,
			Duration wait, Duration pollInterval, SendingStop stop, StoppedRuns stoppedRuns) {
		this.stop = stop;
		this.stoppedRuns = stoppedRuns;
		this.submissions = submissions;
		this.earlierPayouts = earlierPayouts;
		this.provider = provider;
		this.runId = runId;
		this.wait = wait;
		this.pollInterval = pollInterval;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws InterruptedException {
		Instant deadline = Instant.now().plus(this.wait);
		while (!this.stop.requested()) {
			// Rows that mirror another run's payout are brought up to date, never asked
			// about: that run follows its own payouts.
			this.earlierPayouts.follow(this.runId);
			// A stopped run's payouts the provider may still take back are cancelled.
			this.stoppedRuns.cancelOpen(this.runId, this.provider);
			List<LedgerRow> open = this.submissions.notFinal(this.runId);
			if (open.isEmpty()) {
				return RepeatStatus.FINISHED;
			}
			InquiryGroups.follow(this.submissions, this.provider, open);
			this.stoppedRuns.cancelNeverSent(this.runId);
			// Stopping ends the wait early, as the deadline would: refresh follows the
			// rest.
			if (this.submissions.notFinal(this.runId).isEmpty() || Instant.now().isAfter(deadline)
					|| this.stop.requested()) {
				return RepeatStatus.FINISHED;
			}
			Thread.sleep(Math.min(this.pollInterval.toMillis(),
					Math.max(1, Duration.between(Instant.now(), deadline).toMillis())));
		}
		return RepeatStatus.FINISHED;
	}

}
