package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger's side of paying one payment at most once across runs (SPEC 4.1): the
 * payouts earlier runs sent under a tracker, the rows that mirror an earlier payout
 * instead of being sent ({@code ALREADY_PAID}), and the attempts that send a failed
 * payment again. Every lookup takes a page of rows or trackers at a time, never one row.
 */
@Repository
public class PayoutAttempts {

	/** Trackers per {@code IN} list: well under every database's parameter limit. */
	private static final int IN_LIST = 500;

	/**
	 * A READY row never sent ({@code p}) of a run: a page of them is one range of its row
	 * numbers, walked along the run's row index.
	 */
	private static final String READY_IN_ROWS = " FROM payout p USE INDEX (payout_run_row_attempt)"
			+ " JOIN payout q ON %s WHERE p.run_id = ? AND p.row_no >= ? AND p.row_no < ?"
			+ " AND p.status = 'READY' AND p.sent_tracker IS NULL AND p.paid_by IS NULL AND p.superseded = FALSE";

	/**
	 * Both sides of a join, each column as {@code p_<column>} and {@code q_<column>}; the
	 * input cells are never needed here, and reading them would cost more than the rest.
	 */
	private static final String PAIR_COLUMNS = prefixed("p") + ", " + prefixed("q");

	private final JdbcTemplate jdbc;

	PayoutAttempts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The highest row number of a run, or 0 when it has none. */
	public int lastRowNo(long runId) {
		Integer last = this.jdbc.queryForObject("SELECT MAX(row_no) FROM payout WHERE run_id = ?", Integer.class,
				runId);
		return (last != null) ? last : 0;
	}

	/**
	 * The READY, never sent rows of a run in a range of row numbers, each with every
	 * payout already sent as an attempt of its tracker (in any run, through any
	 * provider), in one join.
	 * @param fromRowNo the first row number of the range
	 * @param toRowNo the row number after the range
	 */
	public List<Pair> readyWithEarlierAttempts(long runId, int fromRowNo, int toRowNo) {
		return pairs("q.sent_of = p.tracker", runId, fromRowNo, toRowNo);
	}

	/**
	 * The READY, never sent rows of a run in a range of row numbers whose tracker another
	 * payment was sent under, each with that payout.
	 */
	public List<Pair> readyWithTrackerSentByAnother(long runId, int fromRowNo, int toRowNo) {
		return pairs("q.sent_tracker = p.tracker AND q.tracker <> p.tracker", runId, fromRowNo, toRowNo);
	}

	private List<Pair> pairs(String join, long runId, int fromRowNo, int toRowNo) {
		return this.jdbc.query("SELECT " + PAIR_COLUMNS + READY_IN_ROWS.formatted(join) + " ORDER BY p.row_no, q.id",
				(rs, i) -> new Pair(LedgerRowMapping.toRow(rs, "p_"), LedgerRowMapping.toRow(rs, "q_")), runId,
				fromRowNo, toRowNo);
	}

	private static String prefixed(String alias) {
		StringBuilder columns = new StringBuilder();
		for (String column : PayoutLedger.COLUMNS.split(", ")) {
			columns.append((columns.length() > 0) ? ", " : "")
				.append(column.equals("input_cells") ? "''" : alias + "." + column)
				.append(" AS ")
				.append(alias)
				.append('_')
				.append(column);
		}
		return columns.toString();
	}

	/**
	 * The newest attempt sent of each tracker (the highest attempt number, in any run,
	 * through any provider): what decides whether a row with that tracker may be sent.
	 */
	public Map<String, LedgerRow> latestAttempts(Collection<String> trackers) {
		Map<String, LedgerRow> latest = new HashMap<>();
		Comparator<LedgerRow> newer = Comparator.comparingInt(LedgerRow::attempt).thenComparingLong(LedgerRow::id);
		for (List<String> group : groups(trackers)) {
			this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE sent_of IN ("
					+ placeholders(group.size()) + ")", (rs) -> {
						LedgerRow row = LedgerRowMapping.toRow(rs);
						latest.merge(row.tracker(), row, (a, b) -> (newer.compare(a, b) >= 0) ? a : b);
					}, group.toArray());
		}
		return latest;
	}

	/** The payouts that were sent under any of these trackers, by the tracker sent. */
	public Map<String, LedgerRow> sentUnder(Collection<String> sentTrackers) {
		Map<String, LedgerRow> sent = new HashMap<>();
		for (List<String> group : groups(sentTrackers)) {
			this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE sent_tracker IN ("
					+ placeholders(group.size()) + ")", (rs) -> {
						LedgerRow row = LedgerRowMapping.toRow(rs);
						sent.put(row.sentTracker(), row);
					}, group.toArray());
		}
		return sent;
	}

	/**
	 * Makes rows mirror an earlier payout: its status and references, never sent. Only a
	 * row not sent itself is touched.
	 */
	public void mirror(List<Mirror> mirrors) {
		this.jdbc.batchUpdate(
				"UPDATE payout SET status = ?, provider_ref = ?, bank_tracking_no = ?, fee_irr = ?,"
						+ " provider_status = ?, submitted_at = ?, updated_at = ?, paid_by = ?, findings = ?"
						+ " WHERE id = ? AND sent_tracker IS NULL AND (status = 'READY' OR paid_by IS NOT NULL)",
				mirrors, IN_LIST, (update, mirror) -> {
					LedgerRow earlier = mirror.earlier();
					update.setString(1, mirror.status().name());
					update.setString(2, earlier.providerRef());
					update.setString(3, earlier.bankTrackingNo());
					if (earlier.feeIrr() != null) {
						update.setLong(4, earlier.feeIrr());
					}
					else {
						update.setNull(4, Types.BIGINT);
					}
					update.setString(5, earlier.providerStatus());
					update.setTimestamp(6, timestamp(earlier.submittedAt()));
					update.setTimestamp(7, timestamp(earlier.updatedAt()));
					update.setLong(8, earlier.id());
					update.setString(9, mirror.findings());
					update.setLong(10, mirror.id());
				});
	}

	/**
	 * Makes READY rows new attempts of a payment that ended FAILED, CANCELED or REVERSED.
	 */
	public void retry(List<Retry> retries) {
		this.jdbc.batchUpdate(
				"UPDATE payout SET attempt = ?, retry_of = ?, findings = ?"
						+ " WHERE id = ? AND status = 'READY' AND sent_tracker IS NULL",
				retries, IN_LIST, (update, retry) -> {
					update.setInt(1, retry.attempt());
					update.setLong(2, retry.retryOf());
					update.setString(3, retry.findings());
					update.setLong(4, retry.id());
				});
	}

	/** Marks READY rows that were never sent INVALID, with their findings. */
	public void invalidate(List<Verdict> verdicts) {
		setFindings("status = 'INVALID', ", verdicts);
	}

	/**
	 * Replaces the findings of READY rows that were never sent, leaving them READY (what
	 * a dry run shows would happen).
	 */
	public void annotate(List<Verdict> verdicts) {
		setFindings("", verdicts);
	}

	private void setFindings(String alsoSet, List<Verdict> verdicts) {
		this.jdbc.batchUpdate(
				"UPDATE payout SET " + alsoSet + "findings = ?"
						+ " WHERE id = ? AND status = 'READY' AND sent_tracker IS NULL",
				verdicts, IN_LIST, (update, verdict) -> {
					update.setString(1, verdict.findings());
					update.setLong(2, verdict.id());
				});
	}

	/** A run's rows that mirror an earlier payout which is not final yet. */
	public List<LedgerRow> openMirrors(long runId) {
		return this.jdbc.query(
				"SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE run_id = ? AND paid_by IS NOT NULL"
						+ " AND status = 'SUBMITTED'" + PayoutLedger.CURRENT + " ORDER BY row_no",
				(rs, i) -> LedgerRowMapping.toRow(rs), runId);
	}

	/** How many of a run's rows (newest attempts) ended FAILED. */
	public int countFailed(long runId) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM payout WHERE run_id = ? AND status = 'FAILED'" + PayoutLedger.CURRENT,
				Integer.class, runId);
		return (count != null) ? count : 0;
	}

	/**
	 * Retries a run's FAILED rows in place, in the caller's transaction: each gets a new
	 * READY row, its next attempt linked to it, and is kept as superseded history. The
	 * caller holds the run, so nothing else changes its rows meanwhile.
	 * @return how many rows were retried
	 */
	public int retryFailed(long runId) {
		int added = this.jdbc.update("INSERT INTO payout (run_id, row_no, provider, tracker, tracker_derived, name,"
				+ " destination_type, destination, amount_irr, bank_code, bank_name, description, payment_number,"
				+ " status, findings, input_cells, attempt, retry_of) SELECT run_id, row_no, provider, tracker,"
				+ " tracker_derived, name, destination_type, destination, amount_irr, bank_code, bank_name,"
				+ " description, payment_number, 'READY', findings, input_cells, attempt + 1, id FROM payout"
				+ " WHERE run_id = ? AND status = 'FAILED'" + PayoutLedger.CURRENT, runId);
		int superseded = this.jdbc.update(
				"UPDATE payout SET superseded = TRUE WHERE run_id = ? AND status = 'FAILED'" + PayoutLedger.CURRENT,
				runId);
		if (added != superseded) {
			throw new IllegalStateException("Run " + runId + ": " + added + " attempts added for " + superseded
					+ " failed rows; the retry is rolled back");
		}
		return added;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static List<List<String>> groups(Collection<String> keys) {
		List<String> all = new ArrayList<>(keys);
		List<List<String>> groups = new ArrayList<>();
		for (int i = 0; i < all.size(); i += IN_LIST) {
			groups.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
		}
		return groups;
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	/**
	 * A READY row of a run and a payout sent earlier that bears on it.
	 *
	 * @param row the READY row, never sent (its input cells are not read)
	 * @param earlier the payout sent earlier (its input cells are not read)
	 */
	public record Pair(LedgerRow row, LedgerRow earlier) {

	}

	/**
	 * A row that mirrors an earlier payout ({@code ALREADY_PAID}).
	 *
	 * @param id the row
	 * @param earlier the payout that made or is making the payment
	 * @param status the status the row shows: the earlier payout's, as a report shows it
	 * @param findings the row's findings, encoded
	 */
	public record Mirror(long id, LedgerRow earlier, PayoutStatus status, String findings) {

	}

	/**
	 * A READY row that is a new attempt of a failed payment.
	 *
	 * @param id the row
	 * @param attempt its attempt number (N for the Nth retry)
	 * @param retryOf the attempt it retries
	 * @param findings the row's findings, encoded
	 */
	public record Retry(long id, int attempt, long retryOf, String findings) {

	}

	/**
	 * A READY row's findings after a check against earlier runs.
	 *
	 * @param id the row
	 * @param findings its findings with the verdict added, encoded
	 */
	public record Verdict(long id, String findings) {

	}

}
