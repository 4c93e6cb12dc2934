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

import ir.tasvieh.payout.EarlierPayouts;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;

/**
 * Sends a run's READY payouts exactly once. First it learns the fate of every payout
 * whose sending is in doubt (SUBMITTING or UNKNOWN, left by a crash or a lost answer),
 * decides again the rows other runs paid or tried (SPEC 4.1), then it checks the balance,
 * then it claims payouts in groups (committed as SUBMITTING before the call) and sends
 * them, a few groups at once so that the provider is never kept waiting on the ledger. A
 * payout the provider turns out never to have taken becomes READY again and is sent in
 * the next round, under the same tracker.
 */
class PayoutSubmitting implements Tasklet {

	private static final Log logger = LogFactory.getLog(PayoutSubmitting.class);

	private final PayoutSubmissions submissions;

	private final EarlierPayouts earlierPayouts;

	private final PayoutProvider provider;

	private final ApplicationEventPublisher events;

	private final long runId;

	private final int rounds;

	/** The last row number claimed in this round, or 0. */
	private int claimedUpTo;

	private final int groupsInFlight;

	private final SendingStop stop;

	private final StoppedRuns stoppedRuns;

	PayoutSubmitting(PayoutSubmissions submissions, EarlierPayouts earlierPayouts, PayoutProvider provider,
			ApplicationEventPublisher events, long runId, int rounds, int groupsInFlight, SendingStop stop,
			StoppedRuns stoppedRuns) {
		this.stop = stop;
		this.stoppedRuns = stoppedRuns;
		this.submissions = submissions;
		this.earlierPayouts = earlierPayouts;
		this.provider = provider;
		this.events = events;
		this.runId = runId;
		this.rounds = rounds;
		this.groupsInFlight = groupsInFlight;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		stopIfAsked();
		resolveDoubtful();
		// A run a manager stopped sends nothing more; its sent payouts are followed.
		if (this.stoppedRuns.stopped(this.runId)) {
			this.stoppedRuns.cancelNeverSent(this.runId);
			return RepeatStatus.FINISHED;
		}
		// What other runs sent may have changed since this run was validated.
		this.earlierPayouts.apply(this.runId, false);
		if (this.submissions.countReady(this.runId) == 0) {
			return RepeatStatus.FINISHED;
		}
		stopIfAsked();
		checkBalance();
		for (int round = 0; round < this.rounds && this.submissions.countReady(this.runId) > 0
				&& !this.stoppedRuns.stopped(this.runId); round++) {
			submitReady();
			stopIfAsked();
			resolveDoubtful();
		}
		// What the provider never took after a stop is never sent now.
		this.stoppedRuns.cancelNeverSent(this.runId);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Ends the step, failed, when tasvieh is being stopped: the job is restarted at the
	 * next start, which first asks about anything left in doubt.
	 */
	private void stopIfAsked() {
		if (this.stop.requested()) {
			throw new PaymentInterrupted(this.runId);
		}
	}

	private void resolveDoubtful() {
		InquiryGroups.follow(this.submissions, this.provider, this.submissions.unresolved(this.runId));
	}

	private void checkBalance() {
		long[] needed = new long[1];
		int[] ready = new int[1];
		this.submissions.forEachReady(this.runId, (row) -> {
			PayoutOrder order = ProviderOutcomes.order(row);
			needed[0] += order.amountIrr() + this.provider.estimatedFeeIrr(order);
			ready[0]++;
		});
		BalanceAnswer balance = this.provider.balance();
		if (!balance.known()) {
			throw new PaymentRefused("The balance at " + this.provider.name().id() + " could not be read ("
					+ balance.message() + "); nothing was sent. Run the same command again to retry.");
		}
		if (balance.availableIrr() < needed[0]) {
			throw new PaymentRefused("The balance at " + this.provider.name().id() + " is " + balance.availableIrr()
					+ " rials, but the " + ready[0] + " payouts need " + needed[0]
					+ " rials with fees; nothing was sent. Top up and run the same command again.");
		}
	}

	/**
	 * Sends every READY payout, keeping up to {@code groupsInFlight} claimed groups in
	 * flight: the next group is claimed (committed SUBMITTING) and each answered group
	 * recorded on this thread while the others are being sent. Returns only when no call
	 * is in flight, even after a failure, which is thrown once the others are recorded.
	 */
	private void submitReady() {
		// Each round walks the run's rows once, from the top: a row another instance held
		// locked, or one the provider never took, is claimed in the next round.
		this.claimedUpTo = 0;
		Throwable failure = null;
		try (GroupsInFlight groups = new GroupsInFlight(this.provider, this.stoppedRuns.gate(this.runId),
				this.groupsInFlight, "payouts-" + this.runId)) {
			boolean claiming = true;
			while (claiming || !groups.isEmpty()) {
				try {
					while (claiming && groups.hasRoom()) {
						claiming = sendNextGroup(groups);
					}
				}
				catch (RuntimeException | Error ex) {
					failure = ex;
					claiming = false;
				}
				if (!groups.isEmpty()) {
					failure = recordNextGroup(groups, failure);
					claiming = claiming && failure == null;
				}
			}
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw (RuntimeException) failure;
		}
	}

	/**
	 * Claims the next group and hands it to a sender.
	 * @return whether there was one
	 */
	private boolean sendNextGroup(GroupsInFlight groups) {
		if (groups.stopped() || Thread.currentThread().isInterrupted()) {
			// Shutting down: nothing more is claimed, and the groups in flight end soon.
			groups.stop();
			return false;
		}
		if (this.stop.requested() || this.stoppedRuns.stopped(this.runId)) {
			// Stopping (tasvieh, or a manager the run): the groups in flight finish and
			// are recorded; nothing new is claimed.
			return false;
		}
		List<LedgerRow> claimed = claim();
		if (claimed.isEmpty()) {
			return false;
		}
		List<PayoutOrder> orders = orders(claimed);
		String batchId = this.provider.batchId(orders);
		if (batchId != null) {
			this.submissions.assignBatch(claimed, batchId);
		}
		groups.send(claimed, orders);
		return true;
	}

	/**
	 * Records the outcomes of the next group whose sending ended. A group whose sending
	 * threw is left SUBMITTING, to be asked about before it is sent again.
	 * @return the first failure of this step so far
	 */
	private Throwable recordNextGroup(GroupsInFlight groups, Throwable failure) {
		GroupsInFlight.Sent sent = groups.next();
		try {
			if (sent.failure() != null) {
				throw sent.failure();
			}
			this.submissions.record(this.provider.name().id(),
					sent.outcomes().stream().map(ProviderOutcomes::record).toList());
			this.events.publishEvent(new PayoutsSent(this.runId, sent.claimed().size()));
			logger.debug("Sent " + sent.claimed().size() + " payouts of run " + this.runId);
			return failure;
		}
		catch (Throwable ex) {
			if (failure == null) {
				return ex;
			}
			if (ex != failure) {
				failure.addSuppressed(ex);
			}
			return failure;
		}
	}

	/**
	 * Claims the next group. When the unique key refuses a tracker, another run has just
	 * sent an attempt of the same payment: the rows are decided again against it, and
	 * claimed once more.
	 */
	private List<LedgerRow> claim() {
		List<LedgerRow> claimed;
		try {
			claimed = this.submissions.claimForSubmission(this.runId, this.claimedUpTo, this.provider.groupSize());
		}
		catch (DataIntegrityViolationException ex) {
			logger.warn("Run " + this.runId + ": a tracker was sent by another run meanwhile; checking again");
			this.earlierPayouts.apply(this.runId, false);
			claimed = this.submissions.claimForSubmission(this.runId, this.claimedUpTo, this.provider.groupSize());
		}
		if (!claimed.isEmpty()) {
			this.claimedUpTo = claimed.get(claimed.size() - 1).rowNo();
		}
		return claimed;
	}

	private static List<PayoutOrder> orders(List<LedgerRow> rows) {
		return rows.stream().map(ProviderOutcomes::order).toList();
	}

}
