package ir.tasvieh.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;

import ir.tasvieh.calendar.JalaliDates;
import ir.tasvieh.payout.LedgerDays;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;

/**
 * The last days at a glance (docs/SPEC.md section 9.3): per day in Tehran, the rows paid,
 * failed and in doubt, and those of runs waiting for approval. Three indexed range reads
 * of the ledger and one of the runs waiting, whatever the ledger's size.
 */
@Service
public class RunOverview {

	private final LedgerDays ledger;

	private final JdbcTemplate jdbc;

	RunOverview(LedgerDays ledger, JdbcTemplate jdbc) {
		this.ledger = ledger;
		this.jdbc = jdbc;
	}

	/**
	 * Each read is kept ten times as long as it took: a read of a busy month's ledger
	 * that takes two seconds serves the home page for twenty, so it costs at most a tenth
	 * of the database's time however often the page is opened, and a quick one stays
	 * fresh.
	 */
	private final AtomicReference<Kept> kept = new AtomicReference<>();

	/** The last {@code days} days, today last. */
	public List<OverviewDay> lastDays(int days) {
		Kept last = this.kept.get();
		long now = System.nanoTime();
		if (last != null && last.days() == days && now < last.until()) {
			return last.overview();
		}
		List<OverviewDay> overview = read(days);
		long took = System.nanoTime() - now;
		this.kept.set(new Kept(days, overview, System.nanoTime() + 10 * took));
		return overview;
	}

	private List<OverviewDay> read(int days) {
		LocalDate today = LocalDate.now(JalaliDates.TEHRAN);
		LocalDate first = today.minusDays(days - 1L);
		List<Instant> bounds = new ArrayList<>(days + 1);
		for (int i = 0; i <= days; i++) {
			bounds.add(first.plusDays(i).atStartOfDay(JalaliDates.TEHRAN).toInstant());
		}
		List<Tally> paid = this.ledger.byDay(PayoutStatus.PAID, bounds);
		List<Tally> failed = this.ledger.byDay(PayoutStatus.FAILED, bounds);
		List<Tally> inDoubt = this.ledger.byDay(PayoutStatus.UNKNOWN, bounds);
		List<Tally> waiting = waiting(bounds);
		List<OverviewDay> overview = new ArrayList<>(days);
		for (int i = 0; i < days; i++) {
			overview
				.add(new OverviewDay(first.plusDays(i), paid.get(i), failed.get(i), inDoubt.get(i), waiting.get(i)));
		}
		return List.copyOf(overview);
	}

	/**
	 * The ready rows of the runs waiting for approval, by the day each was handed in: few
	 * runs wait at once, each read along its own status index.
	 */
	private List<Tally> waiting(List<Instant> bounds) {
		int days = bounds.size() - 1;
		long[] counts = new long[days];
		long[] totals = new long[days];
		this.jdbc.query("SELECT id, created_at FROM payout_run WHERE status = 'VALIDATED' AND dry_run = FALSE"
				+ " AND created_at >= ? AND created_at < ?", (RowCallbackHandler) (rs) -> {
					Instant created = rs.getTimestamp(2).toInstant();
					int day = days - 1;
					while (day > 0 && created.isBefore(bounds.get(day))) {
						day--;
					}
					Tally ready = this.ledger.ready(rs.getLong(1));
					counts[day] += ready.count();
					totals[day] += ready.totalIrr();
				}, Timestamp.from(bounds.get(0)), Timestamp.from(bounds.get(days)));
		List<Tally> tallies = new ArrayList<>(days);
		for (int i = 0; i < days; i++) {
			tallies.add(new Tally(PayoutStatus.READY.name(), counts[i], totals[i]));
		}
		return tallies;
	}

	private record Kept(int days, List<OverviewDay> overview, long until) {

	}

}
