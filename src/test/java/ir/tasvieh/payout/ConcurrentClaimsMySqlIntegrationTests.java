package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.MySqlTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two claimers take READY payouts of one run at the same time on MySQL/MariaDB, as two
 * instances would: with {@code FOR UPDATE SKIP LOCKED} no payout is claimed twice and
 * every payout is claimed once.
 */
@SpringBootTest
@MySqlTest
class ConcurrentClaimsMySqlIntegrationTests {

	private static final int ROWS = 400;

	@Autowired
	PayoutSubmissions submissions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void usesSkipLocked() {
		assertThat(PayoutSubmissions.claimLock("MySQL")).isEqualTo(PayoutSubmissions.ClaimLock.SKIP_LOCKED);
		assertThat(PayoutSubmissions.claimLock("MariaDB")).isEqualTo(PayoutSubmissions.ClaimLock.SKIP_LOCKED);
		assertThat(PayoutSubmissions.claimLock("H2")).isEqualTo(PayoutSubmissions.ClaimLock.NONE);
	}

	@Test
	void twoClaimersNeverTakeTheSamePayout() throws Exception {
		long runId = ReadyRuns.create(this.jdbc, ROWS);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Callable<List<Long>> claimer = () -> {
				start.await();
				List<Long> ids = new ArrayList<>();
				List<LedgerRow> claimed;
				do {
					claimed = this.submissions.claimForSubmission(runId, 0, 7);
					claimed.forEach((row) -> ids.add(row.id()));
				}
				while (!claimed.isEmpty());
				return ids;
			};
			Future<List<Long>> first = pool.submit(claimer);
			Future<List<Long>> second = pool.submit(claimer);
			start.countDown();
			List<Long> a = first.get(120, TimeUnit.SECONDS);
			List<Long> b = second.get(120, TimeUnit.SECONDS);
			List<Long> all = new ArrayList<>(a);
			all.addAll(b);
			Set<Long> distinct = new HashSet<>(all);
			assertThat(all).as("claimed twice").hasSize(distinct.size());
			assertThat(distinct).hasSize(ROWS);
			assertThat(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM payout WHERE run_id = ? AND status = 'SUBMITTING' AND sent_tracker = tracker",
					Integer.class, runId))
				.isEqualTo(ROWS);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
