package ir.tasvieh.job;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.ApplicationEventPublisher;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderOutcome;
import ir.tasvieh.validation.SheetFindings;

/**
 * Sends a run's READY payouts exactly once. First it learns the fate of every payout
 * whose sending is in doubt (SUBMITTING or UNKNOWN, left by a crash or a lost answer),
 * then it checks the balance, then it claims payouts in groups (committed as SUBMITTING
 * before the call) and sends them. A payout the provider turns out never to have taken
 * becomes READY again and is sent in the next round, under the same tracker.
 */
class PayoutSubmitting implements Tasklet {

	private static final Log logger = LogFactory.getLog(PayoutSubmitting.class);

	private final PayoutSubmissions submissions;

	private final PayoutProvider provider;

	private final ApplicationEventPublisher events;

	private final long runId;

	private final int rounds;

	PayoutSubmitting(PayoutSubmissions submissions, PayoutProvider provider, ApplicationEventPublisher events,
			long runId, int rounds) {
		this.submissions = submissions;
		this.provider = provider;
		this.events = events;
		this.runId = runId;
		this.rounds = rounds;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		refuseTakenTrackers();
		resolveDoubtful();
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

	/**
	 * A tracker an earlier payout holds must not be sent again (a forced re-run of a
	 * sheet).
	 */
	private void refuseTakenTrackers() {
		for (LedgerRow row : this.submissions.readyWithTrackerTaken(this.runId)) {
			this.submissions.invalidate(row.id(),
					SheetFindings.append(row.findings(), SheetFindings.trackerAlreadySent(row.tracker())));
		}
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
		while (!(claimed = this.submissions.claimForSubmission(this.runId, this.provider.groupSize())).isEmpty()) {
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

	private static List<PayoutOrder> orders(List<LedgerRow> rows) {
		return rows.stream().map(ProviderOutcomes::order).toList();
	}

}
