package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claiming on H2: a claim reads only the rows it takes, at the end of a large run as at
 * its start (H2's {@code FOR UPDATE} read the rest of the run for every group), and two
 * claimers of one run never take the same payout without a row lock.
 */
@SpringBootTest
class ClaimsIntegrationTests {

	private static final int ROWS = 20_000;

	private static final int GROUP = 20;

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	@Autowired
	PayoutSubmissions submissions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aClaimReadsOnlyTheRowsItTakesAtTheStartAndAtTheEndOfALargeRun() {
		long runId = ReadyRuns.create(this.jdbc, ROWS);
		assertThat(rowsRead(runId, 0)).isLessThanOrEqualTo(GROUP + 1);
		assertThat(rowsRead(runId, ROWS - 5 * GROUP)).isLessThanOrEqualTo(GROUP + 1);
		this.submissions.claimForSubmission(runId, 0, ROWS - 3 * GROUP);
		// Rows already claimed at the start are passed by the index, not read.
		assertThat(rowsRead(runId, ROWS - 3 * GROUP)).isLessThanOrEqualTo(GROUP + 1);
		assertThat(this.submissions.claimForSubmission(runId, ROWS - 3 * GROUP, GROUP)).extracting(LedgerRow::rowNo)
			.containsExactlyElementsOf(rowNumbers(ROWS - 3 * GROUP + 1, GROUP));
	}

	@Test
	void twoClaimersOfOneRunNeverTakeTheSamePayout() throws Exception {
		int rows = 600;
		long runId = ReadyRuns.create(this.jdbc, rows);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<List<Long>>> claimers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				claimers.add(pool.submit(() -> {
					start.await();
					List<Long> ids = new ArrayList<>();
					List<LedgerRow> claimed;
					do {
						claimed = this.submissions.claimForSubmission(runId, 0, 7);
						claimed.forEach((row) -> ids.add(row.id()));
					}
					while (!claimed.isEmpty());
					return ids;
				}));
			}
			start.countDown();
			List<Long> all = new ArrayList<>();
			for (Future<List<Long>> claimer : claimers) {
				all.addAll(claimer.get(120, TimeUnit.SECONDS));
			}
			Set<Long> distinct = new HashSet<>(all);
			assertThat(all).as("claimed twice").hasSize(distinct.size());
			assertThat(distinct).hasSize(rows);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** The rows H2 reads to answer the claim query, from its own plan's counters. */
	private int rowsRead(long runId, int afterRowNo) {
		String plan = String.join("\n",
				this.jdbc.queryForList(
						"EXPLAIN ANALYZE " + PayoutSubmissions.claimQuery(PayoutSubmissions.ClaimLock.NONE),
						String.class, runId, afterRowNo, GROUP));
		Matcher scans = SCAN_COUNT.matcher(plan);
		int read = 0;
		while (scans.find()) {
			read += Integer.parseInt(scans.group(1));
		}
		assertThat(plan).contains("scanCount");
		return read;
	}

	private static List<Integer> rowNumbers(int first, int count) {
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(first + i);
		}
		return numbers;
	}

}
