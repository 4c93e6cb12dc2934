package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** A validated run of READY NextPay payouts, written straight into the ledger. */
final class ReadyRuns {

	private ReadyRuns() {
	}

	/**
	 * @return the new run's id; its payouts are rows 1 to {@code rows}
	 */
	static long create(JdbcTemplate jdbc, int rows) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update((con) -> {
			var insert = con.prepareStatement("INSERT INTO payout_run (file_name, file_path, sha256, provider, status,"
					+ " dry_run, created_at) VALUES ('claims.xlsx', '/tmp/claims.xlsx', ?, 'nextpay', 'VALIDATED',"
					+ " FALSE, ?)", new String[] { "id" });
			insert.setString(1, Long.toHexString(System.nanoTime()));
			insert.setTimestamp(2, now);
			return insert;
		}, key);
		long runId = key.getKey().longValue();
		List<Object[]> values = new ArrayList<>();
		for (int i = 1; i <= rows; i++) {
			values.add(new Object[] { runId, i, "claim-" + runId + "-" + i });
		}
		jdbc.batchUpdate("INSERT INTO payout (run_id, row_no, provider, tracker, tracker_derived, status,"
				+ " input_cells) VALUES (?, ?, 'nextpay', ?, FALSE, 'READY', '')", values);
		return runId;
	}

}
