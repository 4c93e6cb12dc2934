package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Paid payouts that are asked about again while the bank may still return them
 * (docs/SPEC.md section 9.6): paid more than one interval ago and less than the window
 * ago, and not asked within the last interval. So each paid payout is asked about about
 * window / interval times, never at every refresh. A payout's {@code updated_at} stands
 * for when it was paid: a paid payout changes only when it is returned.
 */
@Repository
public class PaidPayouts {

	private static final String DUE = " FROM payout WHERE status = 'PAID' AND provider = ? AND paid_by IS NULL"
			+ " AND updated_at > ? AND updated_at <= ? AND (paid_asked_at IS NULL OR paid_asked_at <= ?)";

	private final JdbcTemplate jdbc;

	PaidPayouts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Runs with a paid payout of the provider due to be asked about again.
	 * @param window how long after it was paid a payout may still be returned; zero for
	 * never
	 * @param every how long at least between two questions about one paid payout
	 */
	public List<Long> runsDue(String provider, Duration window, Duration every) {
		if (window.isZero()) {
			return List.of();
		}
		Instant now = Instant.now();
		return this.jdbc.queryForList("SELECT DISTINCT run_id" + DUE + " ORDER BY run_id", Long.class, provider,
				Timestamp.from(now.minus(window)), Timestamp.from(now.minus(every)), Timestamp.from(now.minus(every)));
	}

	/** A run's paid payouts due to be asked about again, in sheet order. */
	public List<LedgerRow> due(long runId, String provider, Duration window, Duration every) {
		if (window.isZero()) {
			return List.of();
		}
		Instant now = Instant.now();
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + DUE + " AND run_id = ? ORDER BY row_no",
				(rs, i) -> LedgerRowMapping.toRow(rs), provider, Timestamp.from(now.minus(window)),
				Timestamp.from(now.minus(every)), Timestamp.from(now.minus(every)), runId);
	}

	/** Notes that these payouts were asked about now. */
	public void asked(List<LedgerRow> rows) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.batchUpdate("UPDATE payout SET paid_asked_at = ? WHERE id = ?", rows, rows.size(), (update, row) -> {
			update.setTimestamp(1, now);
			update.setLong(2, row.id());
		});
	}

}
