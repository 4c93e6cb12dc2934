package ir.tasvieh.run;

import java.time.Duration;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.LedgerTallies;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;

/**
 * Gauges read from the ledger (docs/operations.md): {@code tasvieh.payouts.open} (payouts
 * sent or being sent and not final, by {@code provider} and {@code status}),
 * {@code tasvieh.payouts.in.doubt} (their {@code UNKNOWN} part, by {@code provider}) and
 * {@code tasvieh.runs.attention} (runs with a payout in doubt for longer than
 * {@code tasvieh.tracking.attention-after}). One read of the database serves every gauge
 * for a few seconds, so a scrape costs two indexed queries, whichever instance answers.
 */
@Component
class RunMeters implements MeterBinder {

	private static final PayoutStatus[] OPEN = { PayoutStatus.SUBMITTING, PayoutStatus.UNKNOWN,
			PayoutStatus.SUBMITTED };

	private final SnapshotCache<Snapshot> snapshots;

	// The job on first read: the meter registry is made with its binders, and the job's
	// own
	// beans record meters of their own, so asking for the job here would be a cycle.
	RunMeters(LedgerTallies tallies, ObjectProvider<PayoutJob> job) {
		this.snapshots = new SnapshotCache<>(Duration.ofSeconds(5),
				() -> new Snapshot(tallies.notFinalAtProviders(), job.getObject().runsNeedingAttention().size()));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ProviderName provider : ProviderName.values()) {
			for (PayoutStatus status : OPEN) {
				gauge(registry, "tasvieh.payouts.open", (snapshot) -> snapshot.count(provider, status))
					.description("Payouts sent or being sent to a provider and not final yet")
					.tag("provider", provider.id())
					.tag("status", status.name())
					.register(registry);
			}
			gauge(registry, "tasvieh.payouts.in.doubt", (snapshot) -> snapshot.count(provider, PayoutStatus.UNKNOWN))
				.description("Payouts whose outcome is not known: asked about before anything is sent again")
				.tag("provider", provider.id())
				.register(registry);
		}
		gauge(registry, "tasvieh.runs.attention", (snapshot) -> snapshot.attention())
			.description("Runs with a payout in doubt for longer than tasvieh.tracking.attention-after")
			.register(registry);
	}

	private Gauge.Builder<SnapshotCache<Snapshot>> gauge(MeterRegistry registry, String name,
			ToDoubleFunction<Snapshot> value) {
		return Gauge.builder(name, this.snapshots, (cache) -> value.applyAsDouble(cache.get()));
	}

	record Snapshot(Map<String, Map<PayoutStatus, Long>> open, int attention) {

		double count(ProviderName provider, PayoutStatus status) {
			return this.open.getOrDefault(provider.id(), Map.of()).getOrDefault(status, 0L);
		}

	}

}
