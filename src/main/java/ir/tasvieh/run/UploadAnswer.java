package ir.tasvieh.run;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who answers the upload when its sheet is rejected as a whole: the validation, while the
 * upload still waits for it (the sheet is refused and its run discarded), or nobody once
 * the upload was answered (the run ends {@code REJECTED}).
 */
final class UploadAnswer {

	private static final int WAITING = 0;

	private static final int DELIVERED = 1;

	private static final int GIVEN = 2;

	private final AtomicInteger state = new AtomicInteger(WAITING);

	/** A run nobody waits for. */
	static UploadAnswer given() {
		UploadAnswer answer = new UploadAnswer();
		answer.state.set(GIVEN);
		return answer;
	}

	/** The validation claims the answer; false when the upload was answered already. */
	boolean deliver() {
		return this.state.compareAndSet(WAITING, DELIVERED);
	}

	private boolean give() {
		return this.state.compareAndSet(WAITING, GIVEN);
	}

	RunResult await(long runId, CompletableFuture<RunResult> done, Duration within) {
		try {
			return (within != null) ? done.get(within.toNanos(), TimeUnit.NANOSECONDS) : done.get();
		}
		catch (TimeoutException ex) {
			return give() ? stillValidating(runId) : done.join();
		}
		catch (CancellationException ex) {
			if (within == null) {
				throw ex;
			}
			return stillValidating(runId);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			if (within == null || !give()) {
				throw new CancellationException("Interrupted while waiting for run " + runId);
			}
			return stillValidating(runId);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static RunResult stillValidating(long runId) {
		return new RunResult(runId, RunStatus.VALIDATING, null, List.of(), null, null, false);
	}

}
