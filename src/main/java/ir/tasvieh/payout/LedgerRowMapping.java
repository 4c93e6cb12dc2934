package ir.tasvieh.payout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Reads a {@code payout} row into a {@link LedgerRow}. */
final class LedgerRowMapping {

	private LedgerRowMapping() {
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
