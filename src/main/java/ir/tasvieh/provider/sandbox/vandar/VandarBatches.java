package ir.tasvieh.provider.sandbox.vandar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;

/**
 * The batches and settlements the Vandar sandbox took. The batch_id key and the unique
 * track_id refuse a second taking; the caller inserts and takes the money in one
 * transaction.
 */
@Repository
@ConditionalOnSandbox
class VandarBatches {

	/** An accepted batch, as stored. */
	record StoredBatch(String batchId, String business, int totalCount, long totalAmountIrr, Instant acceptedAt) {

	}

	/** Twelve digits: the item's id added to this. */
	static final long TRANSACTION_ID_BASE = 100_000_000_000L;

	private static final String SELECT_ITEM = """
			SELECT i.id, i.uuid, i.batch_id, i.position, i.track_id, i.iban, i.amount_irr, i.wage_irr, i.type,
			  i.payment_number, i.description, i.transaction_id, i.item_error, i.settlement_error, b.accepted_at,
			  i.canceled_at
			FROM sandbox_vandar_item i JOIN sandbox_vandar_batch b ON b.batch_id = i.batch_id""";

	private static final String SELECT_BATCH = """
			SELECT batch_id, business, total_count, total_amount_irr, accepted_at FROM sandbox_vandar_batch""";

	private final JdbcTemplate jdbc;

	VandarBatches(SandboxDatabase database) {
		this.jdbc = database.jdbc();
	}

	/**
	 * Stores an accepted batch and its items.
	 * @param failures per item (by position): {@code [itemError, settlementError]}
	 * @throws org.springframework.dao.DuplicateKeyException when the batch_id or a
	 * track_id was taken before
	 */
	void insert(String business, VandarBatchRequest request, long wageIrr, String[][] failures, Instant acceptedAt,
			Instant itemFailsAt, Instant settlementFailsAt) {
		this.jdbc.update("""
				INSERT INTO sandbox_vandar_batch (batch_id, business, total_count, total_amount_irr, accepted_at)
				VALUES (?, ?, ?, ?, ?)""", request.batchId(), business, request.items().size(),
				request.totalAmountIrr(), Timestamp.from(acceptedAt));
		for (VandarBatchRequest.Item item : request.items()) {
			String[] failure = failures[item.position()];
			Instant failsAt = (failure[0] != null) ? itemFailsAt : (failure[1] != null) ? settlementFailsAt : null;
			this.jdbc.update("""
					INSERT INTO sandbox_vandar_item (uuid, batch_id, position, track_id, iban, amount_irr, wage_irr,
					  type, payment_number, description, transaction_id, item_error, settlement_error, fails_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""", UUID.randomUUID().toString(),
					request.batchId(), item.position(), item.trackId(), item.iban(), item.amountIrr(), wageIrr,
					item.type(), item.paymentNumber(), item.description(), failure[0], failure[1],
					(failsAt != null) ? Timestamp.from(failsAt) : null);
		}
		this.jdbc.update("UPDATE sandbox_vandar_item SET transaction_id = ? + id WHERE batch_id = ?",
				TRANSACTION_ID_BASE, request.batchId());
	}

	boolean exists(String batchId) {
		Integer found = this.jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_vandar_batch WHERE batch_id = ?",
				Integer.class, batchId);
		return found != null && found > 0;
	}

	/** Those of the track_ids some earlier batch took. */
	List<String> takenTrackIds(Collection<String> trackIds) {
		if (trackIds.isEmpty()) {
			return List.of();
		}
		String marks = String.join(",", java.util.Collections.nCopies(trackIds.size(), "?"));
		return this.jdbc.queryForList("SELECT track_id FROM sandbox_vandar_item WHERE track_id IN (" + marks + ")",
				String.class, trackIds.toArray());
	}

	Optional<StoredBatch> batch(String business, String batchId) {
		return this.jdbc
			.query(SELECT_BATCH + " WHERE business = ? AND batch_id = ?", (rs, i) -> toBatch(rs), business, batchId)
			.stream()
			.findFirst();
	}

	int countBatches(String business) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM sandbox_vandar_batch WHERE business = ?",
				Integer.class, business);
		return (count != null) ? count : 0;
	}

	/** One page of a business's batches, newest first. */
	List<StoredBatch> batches(String business, int offset, int limit) {
		return this.jdbc.query(SELECT_BATCH + " WHERE business = ? ORDER BY seq DESC LIMIT ? OFFSET ?",
				(rs, i) -> toBatch(rs), business, limit, offset);
	}

	List<StoredVandarItem> items(String batchId) {
		return this.jdbc.query(SELECT_ITEM + " WHERE i.batch_id = ? ORDER BY i.position", (rs, i) -> toItem(rs),
				batchId);
	}

	Optional<StoredVandarItem> item(String business, String trackId) {
		return this.jdbc
			.query(SELECT_ITEM + " WHERE b.business = ? AND i.track_id = ?", (rs, i) -> toItem(rs), business, trackId)
			.stream()
			.findFirst();
	}

	/** A business's settlement by its transaction id. */
	Optional<StoredVandarItem> itemByTransaction(String business, long transactionId) {
		return this.jdbc
			.query(SELECT_ITEM + " WHERE b.business = ? AND i.transaction_id = ?", (rs, i) -> toItem(rs), business,
					transactionId)
			.stream()
			.findFirst();
	}

	/**
	 * Marks a settlement cancelled, once.
	 * @return the rials to put back (amount and wage), or 0 when it was cancelled or
	 * refunded before
	 */
	long markCanceled(long id, Instant at) {
		if (this.jdbc.update("UPDATE sandbox_vandar_item SET canceled_at = ?, refunded = TRUE"
				+ " WHERE id = ? AND canceled_at IS NULL AND refunded = FALSE", Timestamp.from(at), id) == 0) {
			return 0;
		}
		Long taken = this.jdbc.queryForObject("SELECT amount_irr + wage_irr FROM sandbox_vandar_item WHERE id = ?",
				Long.class, id);
		return (taken != null) ? taken : 0;
	}

	/** Failed items, seen to fail by the moment, whose rials are not back yet. */
	List<Long> unrefundedFailures(Instant now) {
		// The lower bound keeps the items that never fail (no fails_at) out of the index
		// range.
		return this.jdbc.queryForList(
				"SELECT id FROM sandbox_vandar_item WHERE refunded = FALSE"
						+ " AND fails_at > TIMESTAMP '1970-01-02 00:00:00' AND fails_at <= ? ORDER BY id",
				Long.class, Timestamp.from(now));
	}

	/**
	 * Marks a failed item refunded.
	 * @return the rials to put back (amount and wage), or 0 when another request refunded
	 * it first
	 */
	long markRefunded(long id) {
		if (this.jdbc.update("UPDATE sandbox_vandar_item SET refunded = TRUE WHERE id = ? AND refunded = FALSE",
				id) == 0) {
			return 0;
		}
		Long taken = this.jdbc.queryForObject("SELECT amount_irr + wage_irr FROM sandbox_vandar_item WHERE id = ?",
				Long.class, id);
		return (taken != null) ? taken : 0;
	}

	private static StoredBatch toBatch(ResultSet rs) throws SQLException {
		return new StoredBatch(rs.getString("batch_id"), rs.getString("business"), rs.getInt("total_count"),
				rs.getLong("total_amount_irr"), rs.getTimestamp("accepted_at").toInstant());
	}

	private static StoredVandarItem toItem(ResultSet rs) throws SQLException {
		return new StoredVandarItem(rs.getLong("id"), rs.getString("uuid"), rs.getString("batch_id"),
				rs.getInt("position"), rs.getString("track_id"), rs.getString("iban"), rs.getLong("amount_irr"),
				rs.getLong("wage_irr"), rs.getString("type"), rs.getString("payment_number"),
				rs.getString("description"), rs.getLong("transaction_id"), rs.getString("item_error"),
				rs.getString("settlement_error"), rs.getTimestamp("accepted_at").toInstant(),
				(rs.getTimestamp("canceled_at") != null) ? rs.getTimestamp("canceled_at").toInstant() : null);
	}

}
