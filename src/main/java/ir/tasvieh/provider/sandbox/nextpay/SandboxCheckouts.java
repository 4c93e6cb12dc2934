package ir.tasvieh.provider.sandbox.nextpay;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;

/**
 * The payouts the sandbox took. The unique tracker refuses a second payout under one
 * tracker; the caller inserts and takes the money in one transaction.
 */
@Repository
@ConditionalOnSandbox
class SandboxCheckouts {

	/** The sums of payouts (what reaches payees) by where they stand. */
	record Buckets(long inQueueIrr, long inProcessIrr, long completedIrr) {

	}

	private static final String SELECT = """
			SELECT trace, tracker, operation, destination_type, destination, name, amount_irr, fee_irr, taken_irr,
			  requested_at, outcome, failure_reason FROM sandbox_nextpay_checkout""";

	private static final String PAID = "CASE WHEN operation = 'checkout' THEN amount_irr - fee_irr ELSE amount_irr END";

	private final JdbcTemplate jdbc;

	SandboxCheckouts(SandboxDatabase database) {
		this.jdbc = database.jdbc();
	}

	/**
	 * Stores an accepted payout.
	 * @return its trace
	 * @throws org.springframework.dao.DuplicateKeyException when its tracker was taken
	 * before
	 */
	long insert(CheckoutRequest request, long feeIrr, String failureReason, Instant requestedAt) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.update((con) -> {
			PreparedStatement insert = con.prepareStatement("""
					INSERT INTO sandbox_nextpay_checkout (tracker, operation, destination_type, destination, name,
					  amount_irr, fee_irr, taken_irr, requested_at, outcome, failure_reason)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, request.tracker());
			insert.setString(2, request.operation().name());
			insert.setString(3, request.destinationType());
			insert.setString(4, request.destination());
			insert.setString(5, request.name());
			insert.setLong(6, request.amountIrr());
			insert.setLong(7, feeIrr);
			insert.setLong(8, request.takenIrr(feeIrr));
			insert.setTimestamp(9, Timestamp.from(requestedAt));
			insert.setString(10,
					(failureReason != null) ? CheckoutStatus.Failed.name() : CheckoutStatus.Completed.name());
			insert.setString(11, failureReason);
			return insert;
		}, keys);
		return keys.getKey().longValue();
	}

	Optional<StoredCheckout> byTrace(long trace) {
		return this.jdbc.query(SELECT + " WHERE trace = ?", (rs, i) -> toCheckout(rs), trace).stream().findFirst();
	}

	Optional<StoredCheckout> byTracker(String tracker) {
		return this.jdbc.query(SELECT + " WHERE tracker = ?", (rs, i) -> toCheckout(rs), tracker).stream().findFirst();
	}

	/**
	 * Sums the payouts by bucket at a moment given by its two boundaries.
	 * @param processingSince payouts accepted before this have left the queue
	 * @param settledSince payouts accepted before this are final
	 */
	Buckets buckets(Instant processingSince, Instant settledSince) {
		Timestamp processing = Timestamp.from(processingSince);
		Timestamp settled = Timestamp.from(settledSince);
		return this.jdbc.queryForObject(
				"SELECT" + " COALESCE(SUM(CASE WHEN requested_at > ? AND requested_at > ? THEN " + PAID + " END), 0),"
						+ " COALESCE(SUM(CASE WHEN requested_at <= ? AND requested_at > ? THEN " + PAID + " END), 0),"
						+ " COALESCE(SUM(CASE WHEN requested_at <= ? AND outcome = 'Completed' THEN " + PAID
						+ " END), 0)" + " FROM sandbox_nextpay_checkout",
				(rs, i) -> new Buckets(rs.getLong(1), rs.getLong(2), rs.getLong(3)), processing, settled, processing,
				settled, settled);
	}

	/**
	 * Failed payouts accepted before the moment whose rials are not back in the wallet
	 * yet.
	 */
	List<Long> unrefundedFailures(Instant settledSince) {
		return this.jdbc.queryForList(
				"SELECT trace FROM sandbox_nextpay_checkout WHERE outcome = 'Failed'"
						+ " AND refunded = FALSE AND requested_at <= ? ORDER BY trace",
				Long.class, Timestamp.from(settledSince));
	}

	/**
	 * Marks a failed payout refunded.
	 * @return the rials to put back, or 0 when another request refunded it first
	 */
	long markRefunded(long trace) {
		int marked = this.jdbc
			.update("UPDATE sandbox_nextpay_checkout SET refunded = TRUE WHERE trace = ? AND refunded = FALSE", trace);
		if (marked == 0) {
			return 0;
		}
		Long taken = this.jdbc.queryForObject("SELECT taken_irr FROM sandbox_nextpay_checkout WHERE trace = ?",
				Long.class, trace);
		return (taken != null) ? taken : 0;
	}

	private static StoredCheckout toCheckout(ResultSet rs) throws SQLException {
		return new StoredCheckout(rs.getLong("trace"), rs.getString("tracker"),
				NextPayOperation.valueOf(rs.getString("operation")), rs.getString("destination_type"),
				rs.getString("destination"), rs.getString("name"), rs.getLong("amount_irr"), rs.getLong("fee_irr"),
				rs.getLong("taken_irr"), rs.getTimestamp("requested_at").toInstant(),
				CheckoutStatus.valueOf(rs.getString("outcome")), rs.getString("failure_reason"));
	}

}
