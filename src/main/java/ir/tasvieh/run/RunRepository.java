package ir.tasvieh.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.database.DatabaseRetry;

/**
 * The {@code payout_run} table.
 */
@Repository
class RunRepository {

	private static final String SELECT_RUNS = "SELECT id, file_name, file_path, sha256, provider, status, dry_run,"
			+ " created_by, approved_by, created_at, finished_at, result_path, message, out_dir FROM payout_run";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	RunRepository(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = DatabaseRetry.transactions(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Locks a sheet's content for the caller's transaction: another instance handed the
	 * same content waits here until that transaction ends, then sees the run it created.
	 */
	void lockSheet(String sha256) {
		this.ownTransaction.executeWithoutResult((status) -> {
			Integer known = this.jdbc.queryForObject("SELECT COUNT(*) FROM sheet_lock WHERE sha256 = ?", Integer.class,
					sha256);
			if (known == null || known == 0) {
				try {
					this.jdbc.update("INSERT INTO sheet_lock (sha256) VALUES (?)", sha256);
				}
				catch (DuplicateKeyException insertedByAnother) {
					// The lock row exists, which is all that is needed.
				}
			}
		});
		this.jdbc.queryForList("SELECT sha256 FROM sheet_lock WHERE sha256 = ? FOR UPDATE", String.class, sha256);
	}

	long create(String fileName, String filePath, String sha256, String provider, boolean dryRun, String user,
			Instant createdAt, String owner, Path outDir) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			var insert = con.prepareStatement("INSERT INTO payout_run (file_name, file_path, sha256, provider,"
					+ " status, dry_run, created_by, created_at, owner, heartbeat_at, out_dir)"
					+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" });
			insert.setString(1, fileName);
			insert.setString(2, filePath);
			insert.setString(3, sha256);
			insert.setString(4, provider);
			insert.setString(5, RunStatus.VALIDATING.name());
			insert.setBoolean(6, dryRun);
			insert.setString(7, user);
			insert.setTimestamp(8, Timestamp.from(createdAt));
			insert.setString(9, owner);
			insert.setTimestamp(10, Timestamp.from(createdAt));
			insert.setString(11, (outDir != null) ? outDir.toString() : null);
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	List<RunRecord> findBySha256(String sha256) {
		return this.jdbc.query(SELECT_RUNS + " WHERE sha256 = ? ORDER BY id", RunRepository::toRecord, sha256);
	}

	/** The run's status, locked for the caller's transaction. */
	Optional<RunStatus> lockStatus(long runId) {
		return this.jdbc.queryForList("SELECT status FROM payout_run WHERE id = ? FOR UPDATE", String.class, runId)
			.stream()
			.findFirst()
			.map(RunStatus::valueOf);
	}

	/**
	 * Sets a run's status; a status it rests in for a while (reported, final or failed)
	 * also records when it got there. A {@code null} approver, result or message leaves
	 * the stored one.
	 */
	void setStatus(long runId, RunStatus status, String approvedBy, String resultPath, String message) {
		Timestamp finishedAt = status.isResting() ? Timestamp.from(Instant.now()) : null;
		this.jdbc.update(
				"UPDATE payout_run SET status = ?, approved_by = COALESCE(?, approved_by),"
						+ " result_path = COALESCE(?, result_path), message = ?, finished_at = ? WHERE id = ?",
				status.name(), approvedBy, resultPath, message, finishedAt, runId);
	}

	/** Records a run's result workbook; {@code null} leaves the stored one. */
	void setResultPath(long runId, String resultPath) {
		if (resultPath != null) {
			this.jdbc.update("UPDATE payout_run SET result_path = ? WHERE id = ?", resultPath, runId);
		}
	}

	List<RunRecord> newestFirst(int limit) {
		return this.jdbc.query(SELECT_RUNS + " ORDER BY id DESC LIMIT ?", RunRepository::toRecord, limit);
	}

	List<RunRecord> withStatus(RunStatus status) {
		return this.jdbc.query(SELECT_RUNS + " WHERE status = ? ORDER BY id", RunRepository::toRecord, status.name());
	}

	boolean acquireLease(long runId, String owner, Duration expiry) {
		Timestamp now = Timestamp.from(Instant.now());
		return this.jdbc.update(
				"UPDATE payout_run SET owner = ?, heartbeat_at = ? WHERE id = ?"
						+ " AND (owner IS NULL OR owner = ? OR heartbeat_at IS NULL OR heartbeat_at < ?)",
				owner, now, runId, owner, Timestamp.from(now.toInstant().minus(expiry))) == 1;
	}

	String leaseOwner(long runId) {
		return this.jdbc.queryForList("SELECT owner FROM payout_run WHERE id = ?", String.class, runId)
			.stream()
			.findFirst()
			.orElse(null);
	}

	boolean takeOverLease(long runId, String deadOwner, String owner) {
		return this.jdbc.update("UPDATE payout_run SET owner = ?, heartbeat_at = ? WHERE id = ? AND owner = ?", owner,
				Timestamp.from(Instant.now()), runId, deadOwner) == 1;
	}

	void renewLease(long runId, String owner) {
		this.jdbc.update("UPDATE payout_run SET heartbeat_at = ? WHERE id = ? AND owner = ?",
				Timestamp.from(Instant.now()), runId, owner);
	}

	void releaseLease(long runId, String owner) {
		this.jdbc.update("UPDATE payout_run SET owner = NULL, heartbeat_at = NULL WHERE id = ? AND owner = ?", runId,
				owner);
	}

	Optional<RunRecord> find(long runId) {
		return this.jdbc.query(SELECT_RUNS + " WHERE id = ?", RunRepository::toRecord, runId).stream().findFirst();
	}

	void delete(long runId) {
		this.jdbc.update("DELETE FROM run_audit WHERE run_id = ?", runId);
		this.jdbc.update("DELETE FROM payout_run WHERE id = ?", runId);
	}

	private static RunRecord toRecord(ResultSet rs, int i) throws SQLException {
		Timestamp finishedAt = rs.getTimestamp("finished_at");
		return new RunRecord(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_path"),
				rs.getString("sha256"), rs.getString("provider"), RunStatus.valueOf(rs.getString("status")),
				rs.getBoolean("dry_run"), rs.getString("created_by"), rs.getString("approved_by"),
				rs.getTimestamp("created_at").toInstant(), (finishedAt != null) ? finishedAt.toInstant() : null,
				rs.getString("result_path"), rs.getString("message"), rs.getString("out_dir"));
	}

}
