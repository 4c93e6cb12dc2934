package ir.tasvieh.job;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderOutcome;

/**
 * Sends a run's READY payouts exactly once. First it learns the fate of every payout
 * whose sending is in doubt (SUBMITTING or UNKNOWN, left by a crash or a lost answer),
 * decides again the rows other runs paid or tried (SPEC 4.1), then it checks the balance,
 * then it claims payouts in groups (committed as SUBMITTING before the call) and sends
 * them. A payout the provider turns out never to have taken becomes READY again and is
 * sent in the next round, under the same tracker.
 */
class PayoutSubmitting implements Tasklet {

	private static final Log logger = LogFactory.getLog(PayoutSubmitting.class);

	private final PayoutSubmissions submissions;

	private final EarlierPayouts earlierPayouts;

	private final PayoutProvider provider;

	private final ApplicationEventPublisher events;

	private final long runId;

	private final int rounds;

	PayoutSubmitting(PayoutSubmissions submissions, EarlierPayouts earlierPayouts, PayoutProvider provider,
			ApplicationEventPublisher events, long runId, int rounds) {
		this.submissions = submissions;
		this.earlierPayouts = earlierPayouts;
		this.provider = provider;
		this.events = events;
		this.runId = runId;
		this.rounds = rounds;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		resolveDoubtful();
		// What other runs sent may have changed since this run was validated.
		this.earlierPayouts.apply(this.runId, false);
		if (this.submissions.countReady(this.runId) == 0) {
			return RepeatStatus.FINISHED;
		}
		checkBalance();
		for (int round = 0; round < this.rounds && this.submissions.countReady(this.runId) > 0; round++) {
			submitReady();
			resolveDoubtful();
		}
		return RepeatStatus.FINISHED;
	}

	private void resolveDoubtful() {
		InquiryGroups.follow(this.submissions, this.provider, this.submissions.unresolved(this.runId));
	}

	private void checkBalance() {
		List<LedgerRow> ready = this.submissions.readyRows(this.runId);
		long needed = 0;
		for (LedgerRow row : ready) {
			PayoutOrder order = ProviderOutcomes.order(row);
			needed += order.amountIrr() + this.provider.estimatedFeeIrr(order);
		}
		BalanceAnswer balance = this.provider.balance();
		if (!balance.known()) {
			throw new PaymentRefused("The balance at " + this.provider.name().id() + " could not be read ("
					+ balance.message() + "); nothing was sent. Run the same command again to retry.");
		}
		if (balance.availableIrr() < needed) {
			throw new PaymentRefused("The balance at " + this.provider.name().id() + " is " + balance.availableIrr()
					+ " rials, but the " + ready.size() + " payouts need " + needed
					+ " rials with fees; nothing was sent. Top up and run the same command again.");
		}
	}

	private void submitReady() {
		List<LedgerRow> claimed;
		while (!(claimed = claim()).isEmpty()) {
			List<PayoutOrder> orders = orders(claimed);
			String batchId = this.provider.batchId(orders);
			if (batchId != null) {
				this.submissions.assignBatch(claimed, batchId);
			}
			List<ProviderOutcome> outcomes = this.provider.submit(orders);
			this.submissions.record(outcomes.stream().map(ProviderOutcomes::record).toList());
			this.events.publishEvent(new PayoutsSent(this.runId, claimed.size()));
			logger.debug("Sent " + claimed.size() + " payouts of run " + this.runId);
		}
	}

	/**
	 * Claims the next group. When the unique key refuses a tracker, another run has just
	 * sent an attempt of the same payment: the rows are decided again against it, and
	 * claimed once more.
	 */
	private List<LedgerRow> claim() {
		try {
			return this.submissions.claimForSubmission(this.runId, this.provider.groupSize());
		}
		catch (DataIntegrityViolationException ex) {
			logger.warn("Run " + this.runId + ": a tracker was sent by another run meanwhile; checking again");
			this.earlierPayouts.apply(this.runId, false);
			return this.submissions.claimForSubmission(this.runId, this.provider.groupSize());
		}
	}

	private static List<PayoutOrder> orders(List<LedgerRow> rows) {
		return rows.stream().map(ProviderOutcomes::order).toList();
	}

}
