package ir.tasvieh.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Validates handed-in sheets a fixed number at a time ({@code
 * tasvieh.upload.concurrent-validations}), so that memory stays bounded however many
 * arrive together; the others wait their turn, first come first served, and each knows
 * its place. When the server stops, a validation under way is interrupted and the ones
 * waiting never start: their runs stay {@code VALIDATING} and the next start takes them
 * up.
 */
@Component
class ValidationQueue implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(ValidationQueue.class);

	private static final long STOP_WAIT_SECONDS = 10;

	private final int slots;

	/** Guarded by {@code this}; made anew when a stopped context is started again. */
	private ThreadPoolExecutor workers;

	/** Runs waiting for a slot, in the order they came; guarded by {@code this}. */
	private final List<Long> waiting = new ArrayList<>();

	/** Runs being validated now; guarded by {@code this}. */
	private final Set<Long> validating = new HashSet<>();

	private volatile boolean running = true;

	private final OutOfMemory outOfMemory;

	ValidationQueue(UploadSettings settings, OutOfMemory outOfMemory) {
		this.outOfMemory = outOfMemory;
		this.slots = settings.concurrentValidations();
		this.workers = newWorkers();
	}

	private ThreadPoolExecutor newWorkers() {
		ThreadPoolExecutor threads = new ThreadPoolExecutor(this.slots, this.slots, 30, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), new ValidationThreads(this.outOfMemory.endsTheProcess()));
		threads.allowCoreThreadTimeOut(true);
		return threads;
	}

	/**
	 * Queues a run's validation.
	 * @return its outcome, once it ran; cancelled when the server stopped first
	 */
	synchronized <T> CompletableFuture<T> add(long runId, Supplier<T> validation) {
		CompletableFuture<T> done = new CompletableFuture<>();
		if (!this.running) {
			done.cancel(false);
			return done;
		}
		this.waiting.add(runId);
		// Added under the same lock as the list, so the list's order is the order of
		// turns.
		this.workers.execute(new Turn<>(runId, validation, done));
		return done;
	}

	/**
	 * A run's place: 0 while it is being validated, 1 for the next to be, and so on;
	 * empty when it is neither (validated, or not in this process's queue).
	 */
	synchronized OptionalInt place(long runId) {
		if (this.validating.contains(runId)) {
			return OptionalInt.of(0);
		}
		int index = this.waiting.indexOf(runId);
		return (index >= 0) ? OptionalInt.of(index + 1) : OptionalInt.empty();
	}

	/** Whether the server is stopping, so a validation that ends now was cut short. */
	boolean stopping() {
		return !this.running;
	}

	private synchronized void begin(long runId) {
		this.waiting.remove(runId);
		this.validating.add(runId);
	}

	private synchronized void end(long runId) {
		this.validating.remove(runId);
	}

	@Override
	public synchronized void start() {
		// Running from construction, as uploads may come before the context has started;
		// a context that was stopped and is started again (Spring's test context cache
		// pauses the contexts it keeps) gets new workers.
		if (!this.running) {
			this.workers = newWorkers();
			this.running = true;
		}
	}

	/**
	 * Before the database closes: interrupts the validations under way and waits a little
	 * for them to put their runs back, and drops the waiting ones.
	 */
	@Override
	public void stop() {
		List<Runnable> neverStarted;
		synchronized (this) {
			this.running = false;
			neverStarted = this.workers.shutdownNow();
			this.waiting.clear();
		}
		for (Runnable turn : neverStarted) {
			((Turn<?>) turn).done.cancel(false);
		}
		try {
			if (!this.workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
				logger.warn("A validation did not stop within " + STOP_WAIT_SECONDS + " s; it is resumed at the next"
						+ " start");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** One run's validation, in its turn. */
	private final class Turn<T> implements Runnable {

		private final long runId;

		private final Supplier<T> validation;

		private final CompletableFuture<T> done;

		Turn(long runId, Supplier<T> validation, CompletableFuture<T> done) {
			this.runId = runId;
			this.validation = validation;
			this.done = done;
		}

		@Override
		public void run() {
			begin(this.runId);
			try {
				this.done.complete(this.validation.get());
			}
			catch (CancellationException ex) {
				this.done.cancel(false);
			}
			catch (Throwable ex) {
				// The process ends before anyone waiting on this validation hears of it.
				if (OutOfMemory.isIn(ex)) {
					ValidationQueue.this.outOfMemory.endProcess("while validating run " + this.runId, ex);
				}
				this.done.completeExceptionally(ex);
			}
			finally {
				end(this.runId);
			}
		}

	}

	private static final class ValidationThreads implements java.util.concurrent.ThreadFactory {

		private final AtomicInteger count = new AtomicInteger();

		private final Thread.UncaughtExceptionHandler uncaught;

		ValidationThreads(Thread.UncaughtExceptionHandler uncaught) {
			this.uncaught = uncaught;
		}

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "run-validation-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			thread.setUncaughtExceptionHandler(this.uncaught);
			return thread;
		}

	}

}
