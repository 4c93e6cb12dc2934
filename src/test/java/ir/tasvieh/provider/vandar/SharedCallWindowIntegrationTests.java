package ir.tasvieh.provider.vandar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Vandar's published rate limit is the account's: two instances (two limiters, each with
 * a window of its own in the process, sharing the database's) together never make more
 * calls than the limit in any window, and both get to call.
 */
@SpringBootTest
class SharedCallWindowIntegrationTests {

	private static final int LIMIT = 4;

	private static final Duration WINDOW = Duration.ofMillis(500);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void twoInstancesTogetherStayWithinTheAccountsLimit() throws Exception {
		List<Long> calls = Collections.synchronizedList(new ArrayList<>());
		ExecutorService callers = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int instance = 0; instance < 2; instance++) {
				VandarRateLimiter limiter = new VandarRateLimiter(LIMIT, WINDOW,
						new SharedCallWindow(this.jdbc, ownTransactions(), "test-window", LIMIT, WINDOW));
				for (int thread = 0; thread < 2; thread++) {
					done.add(callers.submit(() -> {
						for (int i = 0; i < 5; i++) {
							limiter.acquire();
							calls.add(System.currentTimeMillis());
						}
						return null;
					}));
				}
			}
			for (Future<?> caller : done) {
				caller.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			callers.shutdownNow();
		}
		List<Long> times = new ArrayList<>(calls);
		Collections.sort(times);
		assertThat(times).hasSize(20);
		for (int i = 0; i + LIMIT < times.size(); i++) {
			// The call LIMIT places later came a whole window after this one (the times
			// are taken just after the limiter let the call go, so allow a little slack).
			assertThat(times.get(i + LIMIT) - times.get(i)).as("calls %d..%d", i, i + LIMIT)
				.isGreaterThanOrEqualTo(WINDOW.toMillis() - 50);
		}
	}

	private TransactionTemplate ownTransactions() {
		TransactionTemplate transactions = new TransactionTemplate(this.transactionManager);
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return transactions;
	}

}
