package ir.tasvieh.provider.vandar;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client-side limit: at most so many calls in any window. */
class VandarRateLimiterTests {

	@Test
	void waitsBeforeACallThatWouldGoOverTheLimit() throws Exception {
		VandarRateLimiter limiter = new VandarRateLimiter(3, Duration.ofMillis(400));
		long started = System.nanoTime();
		for (int i = 0; i < 3; i++) {
			limiter.acquire();
		}
		assertThat(System.nanoTime() - started).isLessThan(300_000_000L);

		limiter.acquire();

		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(400_000_000L);
	}

}
