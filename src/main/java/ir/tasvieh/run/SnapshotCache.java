package ir.tasvieh.run;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again only once it is older than {@code maxAge}: the gauges of one scrape
 * share one read of the database.
 */
final class SnapshotCache<T> {

	private final Duration maxAge;

	private final Supplier<T> read;

	private T value;

	private long readAt;

	SnapshotCache(Duration maxAge, Supplier<T> read) {
		this.maxAge = maxAge;
		this.read = read;
	}

	synchronized T get() {
		long now = System.nanoTime();
		if (this.value == null || now - this.readAt > this.maxAge.toNanos()) {
			this.value = this.read.get();
			this.readAt = now;
		}
		return this.value;
	}

}
