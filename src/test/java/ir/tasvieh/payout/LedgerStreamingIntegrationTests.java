package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run read back row by row (the result workbook, the rows to fix, the rows to send) is
 * read a window of row numbers at a time: every current row once, in sheet order, across
 * windows, gaps in the row numbers and retried rows.
 */
@SpringBootTest
class LedgerStreamingIntegrationTests {

	private static final int ROWS = 2 * LedgerRowMapping.ROWS_PER_READ + 345;

	@Autowired
	PayoutLedger ledger;

	@Autowired
	PayoutSubmissions submissions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void streamsEveryCurrentRowOnceInSheetOrderAcrossWindows() {
		long runId = ReadyRuns.create(this.jdbc, ROWS);
		// A gap of more than one window (rows a sheet left blank) ...
		this.jdbc.update("UPDATE payout SET row_no = row_no + ? WHERE run_id = ? AND row_no > 100",
				3 * LedgerRowMapping.ROWS_PER_READ, runId);
		// ... and row 50 sent once, failed and retried: the failed attempt is no longer
		// current, its retry is.
		this.jdbc.update("UPDATE payout SET status = 'FAILED', superseded = TRUE WHERE run_id = ? AND row_no = 50",
				runId);
		this.jdbc.update(
				"INSERT INTO payout (run_id, row_no, attempt, provider, tracker, tracker_derived, status,"
						+ " input_cells) VALUES (?, 50, 2, 'nextpay', ?, FALSE, 'READY', '')",
				runId, "claim-" + runId + "-50-r1");

		List<Integer> expected = IntStream.rangeClosed(1, ROWS)
			.map((row) -> (row > 100) ? row + 3 * LedgerRowMapping.ROWS_PER_READ : row)
			.boxed()
			.toList();
		List<Integer> all = new ArrayList<>();
		List<Integer> attempts = new ArrayList<>();
		this.ledger.forEachRow(runId, (row) -> {
			all.add(row.rowNo());
			attempts.add(row.attempt());
		});
		assertThat(all).containsExactlyElementsOf(expected);
		assertThat(attempts.get(49)).isEqualTo(2);

		List<Integer> ready = new ArrayList<>();
		this.submissions.forEachReady(runId, (row) -> ready.add(row.rowNo()));
		assertThat(ready).containsExactlyElementsOf(expected);

		this.jdbc.update("UPDATE payout SET status = 'INVALID' WHERE run_id = ? AND row_no IN (7, ?)", runId,
				expected.get(ROWS - 1));
		List<Integer> toFix = new ArrayList<>();
		this.ledger.forEachRowWithStatus(runId, EnumSet.of(PayoutStatus.INVALID, PayoutStatus.FAILED),
				(row) -> toFix.add(row.rowNo()));
		assertThat(toFix).containsExactly(7, expected.get(ROWS - 1));
	}

	@Test
	void streamsNothingForARunWithoutRows() {
		List<LedgerRow> rows = new ArrayList<>();
		this.ledger.forEachRow(Long.MAX_VALUE, rows::add);
		assertThat(rows).isEmpty();
	}

}
