package ir.tasvieh.payout;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts what the ledger does (docs/operations.md): {@code tasvieh.payouts} by
 * {@code provider} and {@code status} each time a payout enters a status (written as
 * {@code READY} or {@code INVALID}, claimed as {@code SUBMITTING}, moved on by a
 * provider's answer), and {@code tasvieh.rows.validated} by {@code result}
 * ({@code valid}, {@code invalid}) for every row written after validation.
 */
@Component
class PayoutMeters {

	private final MeterRegistry registry;

	PayoutMeters(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(CompositeMeterRegistry::new);
	}

	void entered(String provider, PayoutStatus status, int count) {
		if (count > 0) {
			Counter.builder("tasvieh.payouts")
				.description("Payouts that entered a status")
				.tag("provider", (provider != null) ? provider : "none")
				.tag("status", status.name())
				.register(this.registry)
				.increment(count);
		}
	}

	void written(List<NewPayout> payouts) {
		int invalid = 0;
		for (NewPayout payout : payouts) {
			entered(payout.provider(), payout.status(), 1);
			invalid += (payout.status() == PayoutStatus.INVALID) ? 1 : 0;
		}
		validated("valid", payouts.size() - invalid);
		validated("invalid", invalid);
	}

	private void validated(String result, int count) {
		if (count > 0) {
			Counter.builder("tasvieh.rows.validated")
				.description("Sheet rows validated and written to the ledger")
				.tag("result", result)
				.register(this.registry)
				.increment(count);
		}
	}

}
