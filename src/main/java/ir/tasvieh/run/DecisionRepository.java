package ir.tasvieh.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code payout_decision} table: managers' decisions on payouts in doubt. */
@Repository
class DecisionRepository {

	private static final String COLUMNS = "id, run_id, row_nos, outcome, provider_ref, note, status, proposed_by,"
			+ " confirmed_by, proposed_at, decided_at, result";

	private final JdbcTemplate jdbc;

	DecisionRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long runId, List<Integer> rows, Decision.Outcome outcome, String providerRef, String note,
			String proposedBy) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			var insert = con.prepareStatement(
					"INSERT INTO payout_decision (run_id, row_nos, outcome, provider_ref,"
							+ " note, status, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			insert.setLong(1, runId);
			insert.setString(2, rows.stream().map(String::valueOf).collect(Collectors.joining(",")));
			insert.setString(3, outcome.name());
			insert.setString(4, providerRef);
			insert.setString(5, note);
			insert.setString(6, Decision.Status.PROPOSED.name());
			insert.setString(7, proposedBy);
			insert.setTimestamp(8, Timestamp.from(Instant.now()));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	Optional<Decision> find(long id) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM payout_decision WHERE id = ?", DecisionRepository::toDecision, id)
			.stream()
			.findFirst();
	}

	/** Decisions in a status, oldest first. */
	List<Decision> withStatus(Decision.Status status, int limit) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM payout_decision WHERE status = ? ORDER BY id LIMIT ?",
				DecisionRepository::toDecision, status.name(), limit);
	}

	/** A run's decisions, oldest first. */
	List<Decision> ofRun(long runId) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM payout_decision WHERE run_id = ? ORDER BY id",
				DecisionRepository::toDecision, runId);
	}

	/**
	 * Ends a proposed decision. One statement decides, so a decision ends once.
	 * @return whether it was still proposed
	 */
	boolean decide(long id, Decision.Status status, String confirmedBy, String result) {
		return this.jdbc.update(
				"UPDATE payout_decision SET status = ?, confirmed_by = ?, decided_at = ?, result = ?"
						+ " WHERE id = ? AND status = ?",
				status.name(), confirmedBy, Timestamp.from(Instant.now()),
				(result.length() <= 1000) ? result : result.substring(0, 999) + "…", id,
				Decision.Status.PROPOSED.name()) == 1;
	}

	private static Decision toDecision(ResultSet rs, int i) throws SQLException {
		Timestamp decidedAt = rs.getTimestamp("decided_at");
		List<Integer> rows = Arrays.stream(rs.getString("row_nos").split(","))
			.map(String::trim)
			.map(Integer::valueOf)
			.toList();
		return new Decision(rs.getLong("id"), rs.getLong("run_id"), rows,
				Decision.Outcome.valueOf(rs.getString("outcome")), rs.getString("provider_ref"), rs.getString("note"),
				Decision.Status.valueOf(rs.getString("status")), rs.getString("proposed_by"),
				rs.getString("confirmed_by"), rs.getTimestamp("proposed_at").toInstant(),
				(decidedAt != null) ? decidedAt.toInstant() : null, rs.getString("result"));
	}

}
