package ir.tasvieh.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.LedgerTallies;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;

/**
 * A run's count and rial total per status and per bank, as the runs list, the run page
 * and the API show them. Each is a pass over the run's rows: the list of a hundred runs,
 * eight of them 50,000 rows being paid, read 800,000 rows a request and answered in 12 s
 * while money moved. A tally is kept for a moment (a second while the run is worked on, a
 * minute once it rests) and forgotten when this process moves the run on, so a page
 * polled every second costs one pass a second per run at most, and shows what is at most
 * a second old.
 */
@Component
class RunTallies {

	private static final Duration WHILE_WORKED_ON = Duration.ofSeconds(3);

	private static final Duration WHILE_RESTING = Duration.ofMinutes(1);

	private final LedgerTallies ledger;

	private final Clock clock = Clock.systemUTC();

	private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

	private final PayoutJob job;

	RunTallies(LedgerTallies ledger, PayoutJob job) {
		this.ledger = ledger;
		this.job = job;
	}

	/** The run's tallies, at most three seconds old while it is worked on. */
	Tallies of(RunRecord run) {
		Instant now = this.clock.instant();
		// One pass at a time per run: requests that come while it is made wait for it.
		return this.kept.compute(run.id(), (id, tally) -> {
			if (tally != null && tally.status() == run.status() && now.isBefore(tally.until())) {
				return tally;
			}
			List<List<Tally>> both = this.ledger.tallyByStatusAndBank(run.id());
			// Only a run with a payout in doubt can need attention: one indexed look
			// more.
			boolean inDoubt = both.get(0)
				.stream()
				.anyMatch((each) -> each.key().equals(PayoutStatus.UNKNOWN.name()) && each.count() > 0);
			Tallies tallies = new Tallies(both.get(0), both.get(1), inDoubt && this.job.needsAttention(run.id()));
			// A run that rests changes only through something that moves it on (and so
			// forgets it here); on another instance, within the minute.
			boolean resting = run.status().isResting() && run.status() != RunStatus.TRACKING
					&& run.status() != RunStatus.STOPPED;
			return new Kept(run.status(), tallies, now.plus(resting ? WHILE_RESTING : WHILE_WORKED_ON));
		}).tallies();
	}

	@EventListener
	void forget(RunStatusChanged change) {
		forget(change.runId());
	}

	/**
	 * A paid row returned changes a run that rests, {@code COMPLETED} included, without
	 * moving it on.
	 */
	@EventListener
	void forget(RunPayoutsReversed reversed) {
		forget(reversed.runId());
	}

	/** Forgets a run's tallies after its rows changed without it moving on. */
	void forget(long runId) {
		this.kept.remove(runId);
	}

	/**
	 * A run's count and rial total per status, and per bank of its payable rows; whether
	 * it needs attention.
	 */
	record Tallies(List<Tally> byStatus, List<Tally> byBank, boolean needsAttention) {

	}

	private record Kept(RunStatus status, Tallies tallies, Instant until) {

	}

}
