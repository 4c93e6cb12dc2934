package ir.tasvieh.run;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code run_audit} table: every action on a run, by whom, from where, when. */
@Repository
class RunAuditLog {

	private static final int DETAIL_LENGTH = 1000;

	private final JdbcTemplate jdbc;

	RunAuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void record(long runId, Actor actor, String action, String detail) {
		this.jdbc.update(
				"INSERT INTO run_audit (run_id, action, username, address, at, detail) VALUES (?, ?, ?, ?, ?, ?)",
				runId, action, truncate(actor.username(), 100), truncate(actor.address(), 100),
				Timestamp.from(Instant.now()), truncate(detail, DETAIL_LENGTH));
	}

	List<AuditEntry> trail(long runId) {
		return this.jdbc.query(
				"SELECT run_id, action, username, address, at, detail FROM run_audit WHERE run_id = ? ORDER BY id",
				(rs, i) -> new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), rs.getString(6)),
				runId);
	}

	private static String truncate(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
