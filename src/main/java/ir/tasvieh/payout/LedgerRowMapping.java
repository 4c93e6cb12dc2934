package ir.tasvieh.payout;

import java.sql.PreparedStatement;
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

	/**
	 * Streams the payouts a query of one run selects, a page of rows fetched at a time,
	 * without holding them all.
	 * @param sql a query of {@link PayoutLedger#COLUMNS} whose one parameter is the run
	 */
	static void forEach(JdbcTemplate jdbc, String sql, long runId, Consumer<LedgerRow> action) {
		jdbc.query((con) -> {
			PreparedStatement select = con.prepareStatement(sql);
			select.setFetchSize(500);
			select.setLong(1, runId);
			return select;
		}, (RowCallbackHandler) (rs) -> action.accept(toRow(rs)));
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

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
