package ir.tasvieh.provider.vandar;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * Keeps calls under Vandar's published limit (providers.md 1): at most {@code limit}
 * calls in any window, by waiting before a call that would go over; in this process, and,
 * with a {@link SharedCallWindow}, across every instance on the database (the limit is
 * the account's).
 */
final class VandarRateLimiter {

	static final Duration WINDOW = Duration.ofSeconds(3);

	private final int limit;

	private final long windowNanos;

	private final ArrayDeque<Long> sent = new ArrayDeque<>();

	private final SharedCallWindow shared;

	VandarRateLimiter(int limit, Duration window) {
		this(limit, window, null);
	}

	VandarRateLimiter(int limit, Duration window, SharedCallWindow shared) {
		this.limit = limit;
		this.windowNanos = window.toNanos();
		this.shared = shared;
	}

	/** Waits until one more call fits in this process's window and the shared one. */
	void acquire() throws InterruptedException {
		acquireHere();
		if (this.shared != null) {
			this.shared.acquire();
		}
	}

	/** Waits until one more call fits in this process's window, then counts it. */
	private synchronized void acquireHere() throws InterruptedException {
		while (true) {
			long now = System.nanoTime();
			while (!this.sent.isEmpty() && now - this.sent.peekFirst() >= this.windowNanos) {
				this.sent.pollFirst();
			}
			if (this.sent.size() < this.limit) {
				this.sent.addLast(now);
				return;
			}
			long waitNanos = this.sent.peekFirst() + this.windowNanos - now;
			Thread.sleep(Math.max(0, waitNanos) / 1_000_000 + 1);
		}
	}

}
