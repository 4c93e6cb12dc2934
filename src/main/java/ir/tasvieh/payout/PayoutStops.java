package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger's side of stopping a run (docs/SPEC.md section 9.7): the durable stop mark
 * that every instance reads before it claims a run's payouts and before each call that
 * would send one, the payouts never sent (cancelled with the stop), and the sent ones
 * whose settlement a provider may still cancel.
 */
@Repository
public class PayoutStops {

	/** The operation under which a cancel call's answer is stored. */
	public static final String CANCEL_OPERATION = "cancel-settlement";

	private final JdbcTemplate jdbc;

	PayoutStops(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A run's stop: who stopped it, why and when.
	 *
	 * @param stoppedBy the manager
	 * @param reason their words
	 * @param stoppedAt when the stop was recorded
	 */
	public record Stop(String stoppedBy, String reason, Instant stoppedAt) {

		/** The reason of a payout that was never sent because of this stop (SPEC 5). */
		public String neverSent() {
			return "stopped by " + this.stoppedBy + " before sending: " + this.reason;
		}

	}

	/**
	 * Records the stop mark and cancels every payout of the run that was never sent, in
	 * the caller's transaction: once it commits no instance claims or sends anything more
	 * of the run. A never-sent payout keeps its tracker as the payment it was for, so
	 * handing the run's result workbook in again sends it as a new attempt (SPEC 4.1).
	 * @return how many payouts were cancelled
	 */
	public int stop(long runId, String stoppedBy, String reason) {
		Timestamp now = Timestamp.from(Instant.now());
		this.jdbc.update("INSERT INTO run_stop (run_id, stopped_by, reason, stopped_at) VALUES (?, ?, ?, ?)", runId,
				stoppedBy, reason, now);
		return cancelNeverSent(runId, new Stop(stoppedBy, reason, now.toInstant()));
	}

	/**
	 * Cancels the payouts of a stopped run that are READY: those never sent, and those a
	 * provider said it never took after the stop (a call whose answer was lost).
	 * @return how many payouts were cancelled
	 */
	public int cancelNeverSent(long runId, Stop stop) {
		return this.jdbc.update(
				"UPDATE payout SET status = 'CANCELED', provider_status = ?, sent_of = tracker, updated_at = ?"
						+ " WHERE run_id = ? AND status = 'READY' AND paid_by IS NULL" + PayoutLedger.CURRENT,
				fitted(stop.neverSent()), Timestamp.from(Instant.now()), runId);
	}

	/** The provider status column holds 200 characters. */
	private static String fitted(String text) {
		return (text.length() <= 200) ? text : text.substring(0, 199) + "…";
	}

	/**
	 * The run's stop, read from the database each time: what every instance asks before
	 * it claims or sends.
	 */
	public Optional<Stop> of(long runId) {
		return this.jdbc
			.query("SELECT stopped_by, reason, stopped_at FROM run_stop WHERE run_id = ?",
					(rs, i) -> new Stop(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), runId)
			.stream()
			.findFirst();
	}

	/**
	 * The sent payouts of a stopped run that are not final, whose provider reference is
	 * known, and whose cancel was never asked: those a provider that cancels may still
	 * take back.
	 */
	public List<LedgerRow> cancelable(long runId) {
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout p WHERE run_id = ?"
				+ " AND status = 'SUBMITTED' AND paid_by IS NULL AND provider_ref IS NOT NULL" + PayoutLedger.CURRENT
				+ " AND EXISTS (SELECT 1 FROM run_stop s WHERE s.run_id = p.run_id)"
				+ " AND NOT EXISTS (SELECT 1 FROM provider_answer a WHERE a.payout_id = p.id AND a.operation = ?)"
				+ " ORDER BY row_no", (rs, i) -> LedgerRowMapping.toRow(rs), runId, CANCEL_OPERATION);
	}

}
