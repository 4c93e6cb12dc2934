package ir.tasvieh.provider.nextpay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances' call slots on one database (two {@link CallSlots} of one account, as two
 * processes would have): together they never call more than the account's limit, each
 * gets about half while both call, and one takes the whole budget once the other stops.
 */
// The timers are off in tests unless a test turns them on (src/test/resources/config).
@SpringBootTest
class CallSlotsIntegrationTests {

	private static final int TOTAL = 6;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void splitsTheSlotsEvenlyAndTakesThemWhole() {
		assertThat(CallSlots.share(8, 1, 0)).isEqualTo(8);
		assertThat(CallSlots.share(8, 2, 1)).isEqualTo(4);
		assertThat(CallSlots.share(7, 2, 0)).isEqualTo(4);
		assertThat(CallSlots.share(7, 2, 1)).isEqualTo(3);
		assertThat(CallSlots.share(2, 3, 2)).isZero();
	}

	@Test
	void twoInstancesNeverCallMoreThanTheLimitAndShareIt() throws Exception {
		try (CallSlots first = new CallSlots(this.jdbc, "test-share", TOTAL);
				CallSlots second = new CallSlots(this.jdbc, "test-share", TOTAL)) {
			AtomicInteger inFlight = new AtomicInteger();
			AtomicInteger most = new AtomicInteger();
			ExecutorService callers = Executors.newFixedThreadPool(2 * TOTAL);
			long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
			List<Future<Integer>> counts = new ArrayList<>();
			try {
				for (CallSlots slots : List.of(first, second)) {
					for (int i = 0; i < TOTAL; i++) {
						counts.add(callers.submit(() -> calls(slots, inFlight, most, until)));
					}
				}
				await().atMost(Duration.ofSeconds(10))
					.untilAsserted(() -> assertThat(first.held() + second.held()).isEqualTo(TOTAL));
				await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
					assertThat(first.held()).isEqualTo(TOTAL / 2);
					assertThat(second.held()).isEqualTo(TOTAL / 2);
				});
				int firstCalls = 0;
				int secondCalls = 0;
				for (int i = 0; i < counts.size(); i++) {
					int made = counts.get(i).get(30, TimeUnit.SECONDS);
					if (i < TOTAL) {
						firstCalls += made;
					}
					else {
						secondCalls += made;
					}
				}
				assertThat(most.get()).isLessThanOrEqualTo(TOTAL);
				assertThat(firstCalls).isPositive();
				assertThat(secondCalls).isPositive();
			}
			finally {
				callers.shutdownNow();
			}
			// The second stops calling: the first takes every slot once the second no
			// longer wants any.
			ExecutorService alone = Executors.newFixedThreadPool(TOTAL);
			try {
				long later = System.nanoTime() + Duration.ofSeconds(12).toNanos();
				for (int i = 0; i < TOTAL; i++) {
					alone.submit(() -> calls(first, inFlight, most, later));
				}
				await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(first.held()).isEqualTo(TOTAL));
				assertThat(second.held()).isZero();
				assertThat(most.get()).isLessThanOrEqualTo(TOTAL);
			}
			finally {
				alone.shutdownNow();
			}
		}
	}

	@Test
	void aClosedInstanceGivesItsSlotsBack() throws Exception {
		CallSlots gone = new CallSlots(this.jdbc, "test-close", TOTAL);
		gone.acquire();
		gone.release();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(gone.held()).isEqualTo(TOTAL));
		gone.close();
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM provider_call_slot WHERE provider = 'test-close' AND owner IS NOT NULL",
				Integer.class))
			.isZero();
	}

	/** Calls (a short sleep in a slot) until the moment; returns how many. */
	private static int calls(CallSlots slots, AtomicInteger inFlight, AtomicInteger most, long until)
			throws InterruptedException {
		int made = 0;
		while (System.nanoTime() - until < 0) {
			slots.acquire();
			try {
				most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
				Thread.sleep(5);
				made++;
			}
			finally {
				inFlight.decrementAndGet();
				slots.release();
			}
		}
		return made;
	}

}
