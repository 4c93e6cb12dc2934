package ir.tasvieh.mail;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * {@code tasvieh.mail.outbox.size} (mails not sent yet) and
 * {@code tasvieh.mail.outbox.age} (seconds the oldest of them has waited), read from the
 * outbox at most once in five seconds (docs/operations.md).
 */
@Component
class OutboxMeters implements MeterBinder {

	private static final long MAX_AGE_NANOS = 5_000_000_000L;

	private final Outbox outbox;

	private long[] waiting;

	private long readAt;

	OutboxMeters(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("tasvieh.mail.outbox.size", this, (meters) -> meters.waiting()[0])
			.description("Mails in the outbox not sent yet")
			.register(registry);
		Gauge.builder("tasvieh.mail.outbox.age", this, (meters) -> meters.waiting()[1])
			.description("How long the oldest mail not sent yet has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private synchronized long[] waiting() {
		long now = System.nanoTime();
		if (this.waiting == null || now - this.readAt > MAX_AGE_NANOS) {
			this.waiting = this.outbox.waiting();
			this.readAt = now;
		}
		return this.waiting;
	}

}
