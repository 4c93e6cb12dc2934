package ir.tasvieh.provider.sandbox.vandar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ir.tasvieh.provider.sandbox.CallOutcome;
import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;

/**
 * Every batch-create call the Vandar sandbox received and what became of it, for tests
 * that count what reached the provider.
 */
@Repository
@ConditionalOnSandbox
class VandarRequestLog {

	/** One call as received and answered. */
	record Entry(String business, String batchId, List<String> trackIds, CallOutcome outcome, int httpStatus,
			boolean answerLost, List<String> errorFields, Instant receivedAt) {

	}

	private static final int MAX_BATCH_ID = 200;

	private final JdbcTemplate jdbc;

	VandarRequestLog(SandboxDatabase database) {
		this.jdbc = database.jdbc();
	}

	void add(Entry entry) {
		String batchId = entry.batchId();
		String kept = (batchId != null && batchId.length() > MAX_BATCH_ID) ? batchId.substring(0, MAX_BATCH_ID)
				: batchId;
		this.jdbc.update("""
				INSERT INTO sandbox_vandar_request (business, batch_id, track_ids, outcome, http_status, answer_lost,
				  error_fields, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", entry.business(), kept,
				String.join("\n", entry.trackIds()), entry.outcome().name(), entry.httpStatus(), entry.answerLost(),
				String.join("\n", entry.errorFields()), Timestamp.from(entry.receivedAt()));
	}

	/** The log in the order received, of one batch_id or, when {@code null}, of all. */
	List<Map<String, Object>> entries(String batchId) {
		String select = "SELECT id, business, batch_id, track_ids, outcome, http_status, answer_lost, error_fields,"
				+ " received_at FROM sandbox_vandar_request";
		return (batchId != null)
				? this.jdbc.query(select + " WHERE batch_id = ? ORDER BY id", (rs, i) -> entry(rs), batchId)
				: this.jdbc.query(select + " ORDER BY id", (rs, i) -> entry(rs));
	}

	private static Map<String, Object> entry(ResultSet rs) throws SQLException {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", rs.getLong("id"));
		entry.put("business", rs.getString("business"));
		entry.put("batchId", rs.getString("batch_id"));
		entry.put("trackIds", lines(rs.getString("track_ids")));
		entry.put("outcome", rs.getString("outcome"));
		entry.put("httpStatus", rs.getInt("http_status"));
		entry.put("answerLost", rs.getBoolean("answer_lost"));
		entry.put("errorFields", lines(rs.getString("error_fields")));
		entry.put("receivedAt", rs.getTimestamp("received_at").toInstant().toString());
		return entry;
	}

	private static List<String> lines(String text) {
		return (text == null || text.isEmpty()) ? List.of() : List.of(text.split("\n", -1));
	}

}
