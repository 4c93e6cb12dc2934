package ir.tasvieh.provider.nextpay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderAnswer;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.ProviderOutcome;
import ir.tasvieh.provider.SendGate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pays through NextPay checkout: one call per payout, at most
 * {@code tasvieh.nextpay.concurrency} calls at once.
 */
@Component
class NextPayProvider implements PayoutProvider, AutoCloseable {

	private static final Log logger = LogFactory.getLog(NextPayProvider.class);

	private final NextPaySettings settings;

	private final NextPayEndpoint endpoint;

	private final NextPayClient client;

	private final ThreadPoolExecutor calls;

	/** The account's calls, shared with every run and every instance on the database. */
	private final CallSlots slots;

	/**
	 * Without a database (a bare client) the account's calls are this process's alone.
	 */
	@Autowired
	NextPayProvider(NextPaySettings settings, NextPayEndpoint endpoint, NextPayClient client,
			ObjectProvider<JdbcTemplate> jdbc) {
		this(settings, endpoint, client,
				jdbc.stream()
					.findFirst()
					.map((database) -> new CallSlots(database, ProviderName.NEXTPAY.id(), settings.concurrency()))
					.orElseGet(() -> CallSlots.unshared(ProviderName.NEXTPAY.id(), settings.concurrency())));
	}

	NextPayProvider(NextPaySettings settings, NextPayEndpoint endpoint, NextPayClient client, CallSlots slots) {
		this.settings = settings;
		this.endpoint = endpoint;
		this.client = client;
		this.slots = slots;
		AtomicInteger threads = new AtomicInteger();
		this.calls = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "nextpay-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
		this.calls.allowCoreThreadTimeOut(true);
	}

	@Override
	public ProviderName name() {
		return ProviderName.NEXTPAY;
	}

	@Override
	public int groupSize() {
		return this.settings.groupSize();
	}

	/** In mode {@code checkout} the fee comes out of the amount: nothing on top. */
	@Override
	public long estimatedFeeIrr(PayoutOrder order) {
		return (this.settings.mode() == NextPayMode.checkout) ? 0 : this.settings.feeEstimateIrr();
	}

	@Override
	public BalanceAnswer balance() {
		if (!this.endpoint.configured()) {
			return new BalanceAnswer(null, notConfigured(), new ProviderAnswer("get_balance", null, "not sent"));
		}
		try {
			this.slots.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new BalanceAnswer(null, "not asked: the application is shutting down",
					new ProviderAnswer("get_balance", null, "not sent"));
		}
		try {
			return NextPayOutcomes.balance(this.settings.mode(), this.client.balance());
		}
		finally {
			this.slots.release();
		}
	}

	@Override
	public List<ProviderOutcome> submit(List<PayoutOrder> orders) {
		return submit(orders, SendGate.OPEN);
	}

	/**
	 * Asks the gate once the order's call slot is taken, right before its call: an order
	 * that waited for a slot while its run was stopped is never sent.
	 */
	@Override
	public List<ProviderOutcome> submit(List<PayoutOrder> orders, SendGate gate) {
		String operation = this.settings.mode().name();
		return eachAtOnce(orders, (order) -> {
			String closed = gate.closedBecause();
			return (closed != null) ? ProviderOutcome.notSent(order, closed, operation) : submit(order);
		}, operation);
	}

	@Override
	public Duration returnsWindow() {
		return this.settings.returnsWindow();
	}

	@Override
	public Duration returnsAskedEvery() {
		return this.settings.returnsAskedEvery();
	}

	@Override
	public List<ProviderOutcome> inquire(List<PayoutOrder> orders) {
		return eachAtOnce(orders, this::inquire, "get_checkout_status_tracker");
	}

	private ProviderOutcome submit(PayoutOrder order) {
		NextPayMode mode = this.settings.mode();
		String problem = this.endpoint.configured() ? NextPayDestinations.problem(mode, order) : notConfigured();
		if (problem != null) {
			logger.warn("NextPay " + mode + ": not sending tracker " + order.tracker() + " to "
					+ NextPayDestinations.shown(order) + ": " + problem);
			return new ProviderOutcome(order.payoutId(), OutcomeKind.FAILED, null, null, null, null,
					"not sent: " + problem, new ProviderAnswer(mode.name(), null, "not sent: " + problem));
		}
		ProviderOutcome outcome = NextPayOutcomes.submitted(order, this.settings, this.client.checkout(mode, order));
		log(mode.name(), order, outcome);
		return outcome;
	}

	/**
	 * By tracker. A payout NextPay gave a trace for is never reported not found on the
	 * tracker's word alone: its trace is asked too, and if that is not found either the
	 * outcome stays unknown, as sending it again could pay twice.
	 */
	private ProviderOutcome inquire(PayoutOrder order) {
		if (!this.endpoint.configured()) {
			return ProviderOutcome.unknown(order.payoutId(), notConfigured(),
					new ProviderAnswer("get_checkout_status_tracker", null, "not sent"));
		}
		ProviderOutcome outcome = NextPayOutcomes.inquired(order, this.settings,
				this.client.statusByTracker(order.tracker()));
		if (outcome.kind() == OutcomeKind.NOT_FOUND && order.providerRef() != null) {
			ProviderOutcome byTrace = NextPayOutcomes.inquired(order, this.settings,
					this.client.statusByTrace(order.providerRef()));
			outcome = (byTrace.kind() != OutcomeKind.NOT_FOUND) ? byTrace
					: ProviderOutcome.unknown(order.payoutId(), "NextPay knows neither tracker " + order.tracker()
							+ " nor trace " + order.providerRef() + " it gave for it", byTrace.answer());
		}
		log("get_checkout_status_tracker", order, outcome);
		return outcome;
	}

	/** One call per order, at most {@code concurrency} at once; one outcome each. */
	private List<ProviderOutcome> eachAtOnce(List<PayoutOrder> orders, Function<PayoutOrder, ProviderOutcome> call,
			String operation) {
		List<Future<ProviderOutcome>> pending = new ArrayList<>(orders.size());
		for (PayoutOrder order : orders) {
			try {
				pending.add(this.calls.submit(() -> {
					this.slots.acquire();
					try {
						return call.apply(order);
					}
					finally {
						this.slots.release();
					}
				}));
			}
			catch (RejectedExecutionException ex) {
				pending.add(null);
			}
		}
		List<ProviderOutcome> outcomes = new ArrayList<>(orders.size());
		for (int i = 0; i < orders.size(); i++) {
			outcomes.add(outcome(orders.get(i), pending.get(i), operation));
		}
		return outcomes;
	}

	private ProviderOutcome outcome(PayoutOrder order, Future<ProviderOutcome> pending, String operation) {
		String why;
		try {
			if (pending == null) {
				why = "not started: the application is shutting down";
			}
			else if (Thread.currentThread().isInterrupted()) {
				pending.cancel(false);
				why = "interrupted before the answer was read";
			}
			else {
				return pending.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pending.cancel(false);
			why = "interrupted before the answer was read";
		}
		catch (ExecutionException ex) {
			why = "call failed: " + ex.getCause().getClass().getSimpleName();
		}
		// Whether it was sent is not known: ask before sending again.
		return ProviderOutcome.unknown(order.payoutId(), why, new ProviderAnswer(operation, null, why));
	}

	private void log(String operation, PayoutOrder order, ProviderOutcome outcome) {
		String line = "NextPay " + operation + " tracker " + order.tracker() + " to " + NextPayDestinations.shown(order)
				+ ", " + order.amountIrr() + " IRR: " + outcome.kind() + " ("
				+ ((outcome.message() != null) ? outcome.message() : outcome.providerStatus()) + ")";
		if (outcome.kind() == OutcomeKind.UNKNOWN || outcome.kind() == OutcomeKind.FAILED) {
			logger.warn(line);
		}
		else if (logger.isDebugEnabled()) {
			logger.debug(line);
		}
	}

	private String notConfigured() {
		return "tasvieh.nextpay.wid and tasvieh.nextpay.auth are not set and the sandbox is off";
	}

	@Override
	public void close() {
		this.calls.shutdown();
		this.slots.close();
	}

}
