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
		return new LedgerRow(rs.getLong("id"), rs.getLong("run_id"), rs.getInt("row_no"), rs.getString("provider"),
				rs.getString("tracker"), rs.getString("sent_tracker"), rs.getString("name"),
				rs.getString("destination_type"), rs.getString("destination"), nullableLong(rs, "amount_irr"),
				rs.getString("bank_name"), rs.getString("description"), rs.getString("payment_number"),
				PayoutStatus.valueOf(rs.getString("status")), rs.getString("findings"),
				InputCells.decode(rs.getString("input_cells")), rs.getString("provider_ref"),
				rs.getString("bank_tracking_no"), nullableLong(rs, "fee_irr"), rs.getString("provider_status"),
				instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("updated_at")),
				rs.getString("batch_id"), rs.getInt("attempt"), nullableLong(rs, "retry_of"),
				nullableLong(rs, "paid_by"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
