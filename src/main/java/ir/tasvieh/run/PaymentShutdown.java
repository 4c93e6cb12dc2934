package ir.tasvieh.run;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stopping tasvieh (SIGTERM, Ctrl-C) stops payment and tracking first, in a phase that
 * ends before the web server (which serves the built-in sandbox the calls in flight may
 * be talking to) and long before the database is closed: no run is taken any more, the
 * payments under way claim nothing more and record the answers of their calls in flight,
 * then the leases are released. An interrupted run is paid on at the next start.
 */
@Component
class PaymentShutdown implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(PaymentShutdown.class);

	/** Just after the scheduler (no more ticks), well before the web server. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 100;

	/** Longer than a provider call may take (its read timeout, 30 s by default). */
	private static final Duration WAIT = Duration.ofSeconds(45);

	private final RunPayments payments;

	private final RunLease lease;

	private volatile boolean running;

	PaymentShutdown(RunPayments payments, RunLease lease) {
		this.payments = payments;
		this.lease = lease;
	}

	@Override
	public void start() {
		this.lease.startTaking();
		this.payments.startPaying();
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.lease.stopTaking();
		try {
			long started = System.nanoTime();
			boolean ended = this.payments.stopPaying(WAIT);
			// Work on other threads (a command's own run, a refresh tick) ends too.
			ended = this.lease.awaitNoneHeld(WAIT.minusNanos(System.nanoTime() - started)) && ended;
			if (!ended) {
				logger.warn("Payment did not stop within " + WAIT.toSeconds() + " s; what was in flight is asked"
						+ " about at the next start before anything is sent again");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.lease.releaseAll();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
