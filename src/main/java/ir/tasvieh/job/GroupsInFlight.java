package ir.tasvieh.job;

import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderAnswer;
import ir.tasvieh.provider.ProviderOutcome;
import ir.tasvieh.provider.SendGate;

/**
 * Claimed groups of payouts being sent at once, each on a sender thread, so that the
 * provider's calls never wait on the ledger: meanwhile the thread that owns this claims
 * the next group and records the answered ones. Only that thread calls these methods.
 * Every group handed in is handed back by {@link #next()} exactly once, answered, or with
 * what sending it threw; when {@link #isEmpty()} no call of these groups is in flight.
 */
final class GroupsInFlight implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(GroupsInFlight.class);

	/**
	 * A group handed back.
	 *
	 * @param claimed the payouts, as claimed
	 * @param outcomes the provider's outcomes, or {@code null} when sending threw
	 * @param failure what sending threw, or {@code null}
	 */
	record Sent(List<LedgerRow> claimed, List<ProviderOutcome> outcomes, Throwable failure) {

	}

	private final PayoutProvider provider;

	/** Asked right before each call that would send: a stopped run's gate is closed. */
	private final SendGate gate;

	private final int limit;

	private final ExecutorService senders;

	private final BlockingQueue<Sent> answered = new LinkedBlockingQueue<>();

	/** The sender threads now in a provider call, to interrupt on {@link #stop()}. */
	private final Set<Thread> sending = ConcurrentHashMap.newKeySet();

	private volatile boolean stopped;

	private boolean interrupted;

	private int inFlight;

	GroupsInFlight(PayoutProvider provider, int limit, String threadName) {
		this(provider, SendGate.OPEN, limit, threadName);
	}

	GroupsInFlight(PayoutProvider provider, SendGate gate, int limit, String threadName) {
		this.provider = provider;
		this.gate = gate;
		this.limit = Math.max(1, limit);
		AtomicInteger threads = new AtomicInteger();
		// As many threads as groups may be in flight: a group waits in the queue only for
		// the moment its thread takes to hand back the group before.
		this.senders = new ThreadPoolExecutor(this.limit, this.limit, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
				(task) -> {
					Thread thread = new Thread(task, threadName + "-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Whether another group may be handed in now. */
	boolean hasRoom() {
		return this.inFlight < this.limit;
	}

	/** Whether the sending was {@link #stop() stopped}: no group should be handed in. */
	boolean stopped() {
		return this.stopped;
	}

	boolean isEmpty() {
		return this.inFlight == 0;
	}

	/**
	 * Sends a group, committed as submitting, on a sender thread of its own.
	 */
	void send(List<LedgerRow> claimed, List<PayoutOrder> orders) {
		this.inFlight++;
		try {
			this.senders.execute(() -> deliver(claimed, orders));
		}
		catch (RejectedExecutionException ex) {
			// No thread to send it: it was not sent, but say so as the provider does for
			// a call it could not start, so that it is asked about before it is sent.
			this.answered.add(new Sent(claimed, unknown(orders, "not started: no thread to send it on"), null));
		}
	}

	private void deliver(List<LedgerRow> claimed, List<PayoutOrder> orders) {
		Thread self = Thread.currentThread();
		this.sending.add(self);
		Sent sent;
		try {
			sent = this.stopped ? new Sent(claimed, unknown(orders, "not started: the step was interrupted"), null)
					: new Sent(claimed, this.provider.submit(orders, this.gate), null);
		}
		catch (Throwable ex) {
			sent = new Sent(claimed, null, ex);
		}
		finally {
			this.sending.remove(self);
		}
		this.answered.add(sent);
	}

	/**
	 * The next group whose sending ended, in the order they ended. Waits for it even when
	 * this thread is interrupted (then the sending is {@link #stop() stopped}): a call
	 * still in flight must never be asked about, or it could be found missing and sent
	 * twice.
	 * @throws IllegalStateException when no group is in flight
	 */
	Sent next() {
		if (this.inFlight == 0) {
			throw new IllegalStateException("no group is in flight");
		}
		while (true) {
			try {
				Sent sent = this.answered.take();
				this.inFlight--;
				return sent;
			}
			catch (InterruptedException ex) {
				this.interrupted = true;
				stop();
			}
		}
	}

	/**
	 * No group is handed in any more, and the groups in flight are interrupted: a
	 * provider then answers the calls whose answers it had not read yet as unknown.
	 */
	void stop() {
		this.stopped = true;
		this.sending.forEach(Thread::interrupt);
	}

	/**
	 * Waits for every group still in flight, shuts the senders down, and interrupts this
	 * thread again if it was interrupted while it waited. A group its owner did not take
	 * stays submitting, to be asked about before it is sent again.
	 */
	@Override
	public void close() {
		while (this.inFlight > 0) {
			Sent sent = next();
			logger.warn(sent.claimed().size() + " payouts were sent without their outcome being recorded;"
					+ " they are asked about before anything is sent again");
		}
		this.senders.shutdown();
		if (this.interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<ProviderOutcome> unknown(List<PayoutOrder> orders, String why) {
		return orders.stream()
			.map((order) -> ProviderOutcome.unknown(order.payoutId(), why, new ProviderAnswer("submit", null, why)))
			.toList();
	}

}
