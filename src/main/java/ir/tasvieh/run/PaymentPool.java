package ir.tasvieh.run;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The threads approved runs are paid on: {@code tasvieh.approval.concurrent-payments} at
 * once, the others waiting their turn. A run is queued once: the refresh timer, finding a
 * run still approved while it waits or is paid here, does not queue it again.
 */
final class PaymentPool {

	private static final Log logger = LogFactory.getLog(PaymentPool.class);

	private final int threads;

	private final AtomicInteger count = new AtomicInteger();

	/** Runs queued or being paid by this process. */
	private final Set<Long> inHand = ConcurrentHashMap.newKeySet();

	private volatile ExecutorService pool;

	PaymentPool(int threads) {
		this.threads = threads;
		this.pool = newPool();
	}

	/** Queues a run's payment unless it is queued or paid here already. */
	void payOnce(long runId, Runnable payment) {
		if (!this.inHand.add(runId)) {
			return;
		}
		pay(runId, () -> {
			try {
				payment.run();
			}
			finally {
				this.inHand.remove(runId);
			}
		});
	}

	/** Queues a run's payment whose lease the caller hands over. */
	void pay(long runId, Runnable payment) {
		try {
			this.pool.execute(payment);
		}
		catch (RejectedExecutionException stopping) {
			this.inHand.remove(runId);
			// tasvieh is stopping: the run stays approved, and the next start pays it.
			logger.info("Run " + runId + " is paid when tasvieh starts again");
		}
	}

	/** Starts nothing new and waits for the payments under way to end. */
	boolean stop(Duration timeout) throws InterruptedException {
		this.pool.shutdown();
		return this.pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Pays again after {@link #stop} (a context stopped and started again). */
	void start() {
		if (this.pool.isShutdown()) {
			this.pool = newPool();
		}
	}

	/** Interrupts what outlived {@link #stop}; it is resumed at the next start. */
	void interrupt() {
		this.pool.shutdownNow();
	}

	private ExecutorService newPool() {
		return Executors.newFixedThreadPool(this.threads, (task) -> {
			Thread thread = new Thread(task, "run-payment-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			thread.setUncaughtExceptionHandler(OutOfMemory.ENDS_THE_PROCESS);
			return thread;
		});
	}

}
