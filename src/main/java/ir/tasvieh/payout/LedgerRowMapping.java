package ir.tasvieh.payout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** Reads a {@code payout} row into a {@link LedgerRow}. */
final class LedgerRowMapping {

	private LedgerRowMapping() {
	}

	/** Sheet rows read back per query: a few megabytes of a run at a time. */
	static final int ROWS_PER_READ = 2_000;

	/**
	 * Streams the payouts a query of one run selects, in sheet order, a window of row
	 * numbers at a time, without holding them all.
	 * <p>
	 * Each window is a query of its own along the run's row index: left to itself, H2
	 * runs a query whole before it hands over the first row, keeping every row of a run
	 * in memory (and beyond a limit in a temporary file) only for it to be read once (JFR
	 * of a 200,000-row validate: {@code Select.queryFlat} filling a {@code LocalResult};
	 * docs/benchmarks.md). H2's lazy query execution avoided that, but a lazy read loses
	 * pages the store rewrites meanwhile (a 200,000-row validate failed with "Chunk 30
	 * not found", h2database issue 4142), so it is not used.
	 * @param selectWhere a query that selects {@link PayoutLedger#COLUMNS} first, in
	 * their order, from {@code payout} with a {@code WHERE} whose one parameter is the
	 * run, and no {@code ORDER BY}
	 */
	static void forEach(JdbcTemplate jdbc, String selectWhere, long runId, Consumer<LedgerRow> action) {
		Integer last = jdbc.queryForObject("SELECT MAX(row_no) FROM payout WHERE run_id = ?", Integer.class, runId);
		if (last == null) {
			return;
		}
		String window = selectWhere + " AND row_no >= ? AND row_no < ? ORDER BY row_no, attempt";
		for (long from = 0; from <= last; from += ROWS_PER_READ) {
			jdbc.query(window, (RowCallbackHandler) (rs) -> action.accept(byPosition(rs)), runId, from,
					from + ROWS_PER_READ);
		}
	}

	/**
	 * A row of a query that selects {@link PayoutLedger#COLUMNS} first, read by position:
	 * a whole run is read this way, and finding each of 26 columns by name (H2
	 * upper-cases the name and looks it up in a map for every value) was a tenth of
	 * reading it back (JFR of a 200,000-row validate, docs/benchmarks.md).
	 */
	static LedgerRow byPosition(ResultSet rs) throws SQLException {
		return new LedgerRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), nullableLong(rs, 10),
				rs.getString(11), rs.getString(12), rs.getString(13), PayoutStatus.valueOf(rs.getString(14)),
				rs.getString(15), InputCells.decode(rs.getString(16)), rs.getString(17), rs.getString(18),
				nullableLong(rs, 19), rs.getString(20), instant(rs.getTimestamp(21)), instant(rs.getTimestamp(22)),
				rs.getString(23), rs.getInt(24), nullableLong(rs, 25), nullableLong(rs, 26));
	}

	static LedgerRow toRow(ResultSet rs) throws SQLException {
		return toRow(rs, "");
	}

	/** A row whose columns are selected as {@code <prefix><column>}, as a join does. */
	static LedgerRow toRow(ResultSet rs, String prefix) throws SQLException {
		return new LedgerRow(rs.getLong(prefix + "id"), rs.getLong(prefix + "run_id"), rs.getInt(prefix + "row_no"),
				rs.getString(prefix + "provider"), rs.getString(prefix + "tracker"),
				rs.getString(prefix + "sent_tracker"), rs.getString(prefix + "name"),
				rs.getString(prefix + "destination_type"), rs.getString(prefix + "destination"),
				nullableLong(rs, prefix + "amount_irr"), rs.getString(prefix + "bank_name"),
				rs.getString(prefix + "description"), rs.getString(prefix + "payment_number"),
				PayoutStatus.valueOf(rs.getString(prefix + "status")), rs.getString(prefix + "findings"),
				InputCells.decode(rs.getString(prefix + "input_cells")), rs.getString(prefix + "provider_ref"),
				rs.getString(prefix + "bank_tracking_no"), nullableLong(rs, prefix + "fee_irr"),
				rs.getString(prefix + "provider_status"), instant(rs.getTimestamp(prefix + "submitted_at")),
				instant(rs.getTimestamp(prefix + "updated_at")), rs.getString(prefix + "batch_id"),
				rs.getInt(prefix + "attempt"), nullableLong(rs, prefix + "retry_of"),
				nullableLong(rs, prefix + "paid_by"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
