package ir.tasvieh.provider.sandbox.nextpay;

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
 * Every checkout call the sandbox received and what became of it, for tests that count
 * what reached the provider.
 */
@Repository
@ConditionalOnSandbox
class SandboxRequestLog {

	private static final int MAX_TRACKER = 200;

	private final JdbcTemplate jdbc;

	SandboxRequestLog(SandboxDatabase database) {
		this.jdbc = database.jdbc();
	}

	void add(NextPayOperation operation, String tracker, CallOutcome outcome, Integer code, int httpStatus,
			boolean answerLost, Long trace, Instant receivedAt) {
		String kept = (tracker != null && tracker.length() > MAX_TRACKER) ? tracker.substring(0, MAX_TRACKER) : tracker;
		this.jdbc.update("""
				INSERT INTO sandbox_nextpay_request (operation, tracker, outcome, answer_code, http_status,
				  answer_lost, trace, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", operation.name(), kept,
				outcome.name(), code, httpStatus, answerLost, trace, Timestamp.from(receivedAt));
	}

	/** The log in the order received, of one tracker or, when {@code null}, of all. */
	List<Map<String, Object>> entries(String tracker) {
		String select = "SELECT id, operation, tracker, outcome, answer_code, http_status, answer_lost, trace,"
				+ " received_at FROM sandbox_nextpay_request";
		return (tracker != null)
				? this.jdbc.query(select + " WHERE tracker = ? ORDER BY id", (rs, i) -> entry(rs), tracker)
				: this.jdbc.query(select + " ORDER BY id", (rs, i) -> entry(rs));
	}

	private static Map<String, Object> entry(ResultSet rs) throws SQLException {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("id", rs.getLong("id"));
		entry.put("operation", rs.getString("operation"));
		entry.put("tracker", rs.getString("tracker"));
		entry.put("outcome", rs.getString("outcome"));
		entry.put("code", rs.getObject("answer_code"));
		entry.put("httpStatus", rs.getInt("http_status"));
		entry.put("answerLost", rs.getBoolean("answer_lost"));
		entry.put("trace", rs.getObject("trace"));
		entry.put("receivedAt", rs.getTimestamp("received_at").toInstant().toString());
		return entry;
	}

}
