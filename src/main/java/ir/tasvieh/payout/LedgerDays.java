package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The ledger by day, for the home page's last 30 days (docs/SPEC.md section 9.3): how
 * many rows, and how many rials, became paid, failed or in doubt on each day. Each status
 * is read along the {@code payout_by_day} index, from the first day on, so the cost grows
 * with the rows of those days and not with the whole ledger.
 */
@Repository
public class LedgerDays {

	private final JdbcTemplate jdbc;

	LedgerDays(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows of one status per day, by the time they last changed.
	 * @param bounds the start of each day, oldest first, then the end of the last day;
	 * given as instants, so that days are the caller's (Tehran's) whatever zone the
	 * database keeps its times in
	 * @return one tally per day, keyed by the status
	 */
	public List<Tally> byDay(PayoutStatus status, List<Instant> bounds) {
		int days = bounds.size() - 1;
		long[] counts = new long[days];
		long[] totals = new long[days];
		StringBuilder day = new StringBuilder("CASE");
		List<Object> arguments = new ArrayList<>();
		for (int i = 1; i < days; i++) {
			day.append(" WHEN updated_at < ? THEN ").append(i - 1);
			arguments.add(Timestamp.from(bounds.get(i)));
		}
		day.append(" ELSE ").append(days - 1).append(" END");
		arguments.add(status.name());
		arguments.add(Timestamp.from(bounds.get(0)));
		arguments.add(Timestamp.from(bounds.get(days)));
		this.jdbc.query(
				"SELECT d, COUNT(*), COALESCE(SUM(amount_irr), 0) FROM (SELECT " + day
						+ " AS d, amount_irr FROM payout USE INDEX (payout_by_day) WHERE status = ? AND updated_at >= ?"
						+ " AND updated_at < ?" + PayoutLedger.CURRENT + ") by_day GROUP BY d",
				(RowCallbackHandler) (rs) -> {
					int i = rs.getInt(1);
					counts[i] = rs.getLong(2);
					totals[i] = rs.getLong(3);
				}, arguments.toArray());
		List<Tally> tallies = new ArrayList<>(days);
		for (int i = 0; i < days; i++) {
			tallies.add(new Tally(status.name(), counts[i], totals[i]));
		}
		return tallies;
	}

	/** The rows of a run waiting to be paid, and their rials, along its status index. */
	public Tally ready(long runId) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*), COALESCE(SUM(amount_irr), 0) FROM payout WHERE run_id = ? AND status = 'READY'"
						+ PayoutLedger.CURRENT,
				(rs, i) -> new Tally(PayoutStatus.READY.name(), rs.getLong(1), rs.getLong(2)), runId);
	}

}
