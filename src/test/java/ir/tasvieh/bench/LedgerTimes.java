package ir.tasvieh.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * When payouts were claimed and when the sandbox received their calls, read from the
 * database a {@code serve} left behind: each claimed group is committed
 * {@code SUBMITTING} with one {@code submitted_at}, and the sandbox logs every checkout
 * call with its {@code received_at} (before it holds the answer back by D).
 */
final class LedgerTimes {

	private LedgerTimes() {
	}

	/** The claim times (epoch ms) of a run's payouts, in order. */
	static List<Long> claims(BenchDatabase database, long runId) throws SQLException {
		return times(database, "SELECT submitted_at FROM payout WHERE run_id = ? AND submitted_at IS NOT NULL"
				+ " ORDER BY submitted_at", runId);
	}

	/**
	 * The times (epoch ms) the sandbox received checkout calls, in order; empty when the
	 * sandbox keeps no such log in this database.
	 */
	static List<Long> checkoutCalls(BenchDatabase database) throws SQLException {
		try {
			return times(database, "SELECT received_at FROM sandbox_nextpay_request"
					+ " WHERE operation LIKE 'checkout%' ORDER BY received_at", null);
		}
		catch (SQLException ex) {
			System.out.println("no sandbox request log to read calls in flight from: " + ex.getMessage());
			return List.of();
		}
	}

	/**
	 * The most calls received within any span of {@code delayMs}: each call is in flight
	 * for at least D after it was received (the sandbox holds every answer back by D), so
	 * this many were in flight at once; a lower bound of the true most, exact whenever it
	 * exceeds what the client should allow.
	 */
	static int mostInFlight(List<Long> received, long delayMs) {
		int most = 0;
		int first = 0;
		for (int last = 0; last < received.size(); last++) {
			while (received.get(last) - received.get(first) >= delayMs) {
				first++;
			}
			most = Math.max(most, last - first + 1);
		}
		return most;
	}

	private static List<Long> times(BenchDatabase database, String sql, Long runId) throws SQLException {
		List<Long> times = new ArrayList<>();
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			if (runId != null) {
				statement.setLong(1, runId);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					times.add(rows.getTimestamp(1).getTime());
				}
			}
		}
		return times;
	}

}
