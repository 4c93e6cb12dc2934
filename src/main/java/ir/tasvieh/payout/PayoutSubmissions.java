package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.database.DatabaseRetry;

/**
 * The ledger's side of paying: a payout is committed as {@code SUBMITTING}, with its
 * tracker reserved under the (provider, tracker) unique key, before the provider is
 * called; answers move it on and are stored as they came. Each change commits on its own,
 * whatever transaction the caller is in, so that a crash right after a provider call
 * finds the ledger truthful.
 */
@Repository
public class PayoutSubmissions {

	/** Statuses an answer may still change. */
	private static final String OPEN = "('READY', 'SUBMITTING', 'UNKNOWN', 'SUBMITTED')";

	/**
	 * The payouts this run sends itself: a row that mirrors an earlier run's payout
	 * ({@code ALREADY_PAID}) is never sent nor asked about.
	 */
	private static final String OWN = " AND paid_by IS NULL";

	/**
	 * Only a payout the answer really changes is touched, so that a change can be
	 * noticed.
	 */
	private static final String CHANGES = " AND (status <> ? OR COALESCE(provider_ref, '') <> COALESCE(?, provider_ref, '')"
			+ " OR COALESCE(bank_tracking_no, '') <> COALESCE(?, bank_tracking_no, '')"
			+ " OR COALESCE(fee_irr, -1) <> COALESCE(?, fee_irr, -1)"
			+ " OR COALESCE(provider_status, '') <> COALESCE(?, provider_status, ''))";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	/** How claiming locks the READY rows it takes; decided once, from the database. */
	private volatile ClaimLock claimLock;

	private final PayoutMeters meters;

	PayoutSubmissions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, PayoutMeters meters) {
		this.jdbc = jdbc;
		this.meters = meters;
		this.ownTransaction = DatabaseRetry.transactions(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Claims up to {@code limit} READY payouts of a run for sending: commits them as
	 * SUBMITTING with their tracker reserved, in one transaction. Only the rows taken are
	 * touched, so a claim costs the same at the end of a 50,000-row run as at its start.
	 * <p>
	 * On MySQL and MariaDB the READY rows are locked as they are read, skipping those
	 * another instance is claiming ({@code FOR UPDATE SKIP LOCKED}), so two instances
	 * claiming from one run at once never take the same row. H2 (one process) has no
	 * {@code SKIP LOCKED}, and its {@code FOR UPDATE} reads and locks every row the query
	 * matches before the limit applies (the rest of the run, each claim); there the rows
	 * are picked without a lock and taken by an update that moves only rows still READY.
	 * <p>
	 * The rows after a row number are walked along the run's row index from there, in
	 * sheet order. Left to choose, H2 took the status index and sorted every READY row of
	 * the run for each group (6 s a claim with a million rows).
	 * @param afterRowNo the last row number already claimed, or 0
	 * @return the claimed payouts, as they now are
	 */
	public List<LedgerRow> claimForSubmission(long runId, int afterRowNo, int limit) {
		ClaimLock lock = claimLock();
		return this.ownTransaction.execute((status) -> {
			int after = afterRowNo;
			while (true) {
				List<LedgerRow> ready = this.jdbc.query(claimQuery(lock), (rs, i) -> LedgerRowMapping.toRow(rs), runId,
						after, limit);
				if (ready.isEmpty()) {
					return List.of();
				}
				List<LedgerRow> claimed = moveToSubmitting(ready);
				if (!claimed.isEmpty() || lock.locksRows()) {
					return claimed;
				}
				// Unlocked, every row picked was taken meanwhile: pick the next ones.
				after = ready.get(ready.size() - 1).rowNo();
			}
		});
	}

	/** The READY rows of a run after a row number, up to a limit, in sheet order. */
	static String claimQuery(ClaimLock lock) {
		return "SELECT " + PayoutLedger.COLUMNS + PayoutLedger.BY_ROW + " AND row_no > ? AND status = 'READY'" + OWN
				+ PayoutLedger.IN_ROW_ORDER + " LIMIT ?" + lock.clause();
	}

	/** Moves the rows that are still READY to SUBMITTING; returns those it moved. */
	private List<LedgerRow> moveToSubmitting(List<LedgerRow> ready) {
		Timestamp now = Timestamp.from(Instant.now());
		// A retry is sent under its attempt's own tracker; the unique key refuses one
		// that any payout was ever sent under.
		int[][] moved = this.jdbc.batchUpdate("UPDATE payout SET status = 'SUBMITTING', sent_tracker = ?,"
				+ " sent_of = tracker, submitted_at = COALESCE(submitted_at, ?), updated_at = ?"
				+ " WHERE id = ? AND status = 'READY'", ready, ready.size(), (update, row) -> {
					update.setString(1, row.attemptTracker());
					update.setTimestamp(2, now);
					update.setTimestamp(3, now);
					update.setLong(4, row.id());
				});
		List<LedgerRow> claimed = new ArrayList<>(ready.size());
		int i = 0;
		for (int[] counts : moved) {
			for (int count : counts) {
				// A driver that cannot tell (SUCCESS_NO_INFO) ran it under the row lock.
				if (count != 0) {
					claimed.add(claimed(ready.get(i), now.toInstant()));
					this.meters.entered(ready.get(i).provider(), PayoutStatus.SUBMITTING, 1);
				}
				i++;
			}
		}
		return claimed;
	}

	private ClaimLock claimLock() {
		ClaimLock lock = this.claimLock;
		if (lock == null) {
			String product = this.jdbc
				.execute((ConnectionCallback<String>) (con) -> con.getMetaData().getDatabaseProductName());
			lock = claimLock(product);
			this.claimLock = lock;
		}
		return lock;
	}

	static ClaimLock claimLock(String databaseProductName) {
		String product = (databaseProductName != null) ? databaseProductName.toLowerCase(Locale.ROOT) : "";
		return (product.contains("mysql") || product.contains("mariadb")) ? ClaimLock.SKIP_LOCKED : ClaimLock.NONE;
	}

	/** How a claim keeps two claimers from taking one row. */
	enum ClaimLock {

		/** Rows are locked as read; rows another claimer holds are skipped. */
		SKIP_LOCKED(" FOR UPDATE SKIP LOCKED"),
		/**
		 * Rows are read unlocked; the update that takes them checks they are still READY.
		 */
		NONE("");

		private final String clause;

		ClaimLock(String clause) {
			this.clause = clause;
		}

		String clause() {
			return this.clause;
		}

		boolean locksRows() {
			return this != NONE;
		}

	}

	private static LedgerRow claimed(LedgerRow row, Instant now) {
		return new LedgerRow(row.id(), row.runId(), row.rowNo(), row.provider(), row.tracker(), row.attemptTracker(),
				row.name(), row.destinationType(), row.destination(), row.amountIrr(), row.bankName(),
				row.description(), row.paymentNumber(), PayoutStatus.SUBMITTING, row.findings(), row.inputCells(),
				row.providerRef(), row.bankTrackingNo(), row.feeIrr(), row.providerStatus(),
				(row.submittedAt() != null) ? row.submittedAt() : now, now, row.batchId(), row.attempt(), row.retryOf(),
				row.paidBy());
	}

	/**
	 * Commits the batch claimed payouts are about to be sent in; until it is, they were
	 * not sent.
	 */
	public void assignBatch(List<LedgerRow> claimed, String batchId) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.batchUpdate(
				"UPDATE payout SET batch_id = ? WHERE id = ? AND status = 'SUBMITTING'", claimed, claimed.size(),
				(update, row) -> {
					update.setString(1, batchId);
					update.setLong(2, row.id());
				}));
	}

	/** Every payout sent in a batch, final ones included, in the order they were sent. */
	public List<LedgerRow> batch(String batchId) {
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE batch_id = ? ORDER BY row_no",
				(rs, i) -> LedgerRowMapping.toRow(rs), batchId);
	}

	/** Payouts of a run whose outcome must be learnt before anything is sent again. */
	public List<LedgerRow> unresolved(long runId) {
		return rowsIn(runId, "('SUBMITTING', 'UNKNOWN')");
	}

	/** Payouts of a run that were sent (or may have been) and are not final. */
	public List<LedgerRow> notFinal(long runId) {
		return rowsIn(runId, "('SUBMITTING', 'UNKNOWN', 'SUBMITTED')");
	}

	/** Runs with payouts that were sent (or may have been) and are not final. */
	public List<Long> runsNotFinal() {
		return this.jdbc.queryForList("SELECT DISTINCT run_id FROM payout"
				+ " WHERE status IN ('SUBMITTING', 'UNKNOWN', 'SUBMITTED') ORDER BY run_id", Long.class);
	}

	/**
	 * Streams a run's READY payouts in sheet order without holding them all: a
	 * million-row run's rows do not fit in a 256 MB heap.
	 */
	public void forEachReady(long runId, Consumer<LedgerRow> action) {
		LedgerRowMapping.forEach(this.jdbc,
				"SELECT " + PayoutLedger.COLUMNS + PayoutLedger.BY_ROW + " AND status = 'READY'" + OWN, runId, action);
	}

	public int countReady(long runId) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM payout WHERE run_id = ? AND status = 'READY'" + OWN, Integer.class, runId);
		return (count != null) ? count : 0;
	}

	private List<LedgerRow> rowsIn(long runId, String statuses) {
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE run_id = ? AND status IN "
				+ statuses + OWN + " ORDER BY row_no", (rs, i) -> LedgerRowMapping.toRow(rs), runId);
	}

	/**
	 * Stores answers and moves payouts on. A final payout is never changed again, and an
	 * answer that says nothing new (UNKNOWN) never takes a SUBMITTED payout back.
	 * @param provider the provider that answered (all answers are from one)
	 * @return how many payouts changed
	 */
	public int record(String provider, List<OutcomeRecord> outcomes) {
		Integer changed = this.ownTransaction.execute((status) -> {
			Timestamp now = Timestamp.from(Instant.now());
			// Every raw answer is kept: one batch a group, not a round trip an answer.
			this.jdbc.batchUpdate(
					"INSERT INTO provider_answer (payout_id, operation, outcome, http_status, body,"
							+ " received_at) VALUES (?, ?, ?, ?, ?, ?)",
					outcomes, outcomes.size(), (insert, outcome) -> {
						insert.setLong(1, outcome.payoutId());
						insert.setString(2, outcome.operation());
						insert.setString(3, outcome.status().name());
						insert.setObject(4, outcome.httpStatus(), Types.INTEGER);
						insert.setString(5, outcome.answerBody());
						insert.setTimestamp(6, now);
					});
			int count = 0;
			for (OutcomeRecord outcome : outcomes) {
				int moved = this.jdbc.update("UPDATE payout SET status = ?, provider_ref = COALESCE(?, provider_ref),"
						+ " bank_tracking_no = COALESCE(?, bank_tracking_no), fee_irr = COALESCE(?, fee_irr),"
						+ " provider_status = COALESCE(?, provider_status), updated_at = ? WHERE id = ? AND status IN "
						+ allowedFrom(outcome.status()) + CHANGES, outcome.status().name(), outcome.providerRef(),
						outcome.bankTrackingNo(), outcome.feeIrr(), outcome.providerStatus(), now, outcome.payoutId(),
						outcome.status().name(), outcome.providerRef(), outcome.bankTrackingNo(), outcome.feeIrr(),
						outcome.providerStatus());
				count += moved;
				this.meters.entered(provider, outcome.status(), moved);
			}
			return count;
		});
		return (changed != null) ? changed : 0;
	}

	/**
	 * Which statuses an answer may move a payout from: UNKNOWN (an answer that says
	 * nothing) never takes back a SUBMITTED payout, and only a payout whose sending is in
	 * doubt may become READY again (the provider said it never took it). A PAID payout
	 * changes only when the provider reports it returned (REVERSED, SPEC 5): the one
	 * change after "final" that the bank can make.
	 */
	private static String allowedFrom(PayoutStatus target) {
		return switch (target) {
			case REVERSED -> "('READY', 'SUBMITTING', 'UNKNOWN', 'SUBMITTED', 'PAID')";
			case UNKNOWN -> "('SUBMITTING', 'UNKNOWN')";
			case READY -> "('SUBMITTING', 'UNKNOWN')";
			default -> OPEN;
		};
	}

}
