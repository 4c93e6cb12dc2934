package ir.tasvieh.bench;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The serve bench's arithmetic on claim and call times, checked on made-up times.
 */
class RunPaceTests {

	@Test
	void countsCallsWithinOneDelayAsInFlightTogether() {
		// Two slots, each sending a call 60 ms after its last was received: never more
		// than two within 50 ms.
		List<Long> received = new ArrayList<>();
		for (long t = 0; t < 1000; t += 60) {
			received.add(t);
			received.add(t + 5);
		}
		assertThat(LedgerTimes.mostInFlight(received, 50)).isEqualTo(2);
		received.add(7L);
		received.sort(null);
		assertThat(LedgerTimes.mostInFlight(received, 50)).isEqualTo(3);
	}

	@Test
	void measuresPaceFromApprovalAndNearBothEnds() {
		// Groups of 20 claimed every 125 ms from 1 s after the approval: 160 a second.
		List<Long> claims = new ArrayList<>();
		for (int group = 0; group < 50; group++) {
			for (int i = 0; i < 20; i++) {
				claims.add(11_000L + group * 125L);
			}
		}
		RunPace pace = RunPace.of(10_000, claims);
		assertThat(pace.wholeSeconds()).isFalse();
		assertThat(pace.secondsToFirst()).isEqualTo(1.0);
		assertThat(pace.firstTenthMsPerGroup()).isEqualTo(125.0);
		assertThat(pace.lastTenthMsPerGroup()).isEqualTo(125.0);
		assertThat(pace.firstTenthPerSecond()).isEqualTo(160.0);
		assertThat(pace.lastTenthPerSecond()).isEqualTo(160.0);
		assertThat(pace.claimedBy(11_000 + 125 * 9)).isEqualTo(200);
	}

	@Test
	void takesWholeSecondsAsTheMiddleOfTheirSecond() {
		List<Long> claims = new ArrayList<>();
		for (int second = 0; second < 10; second++) {
			for (int i = 0; i < 100; i++) {
				claims.add(20_000L + second * 1000L);
			}
		}
		RunPace pace = RunPace.of(19_700, claims);
		assertThat(pace.wholeSeconds()).isTrue();
		assertThat(pace.secondsToFirst()).isEqualTo(0.8);
		assertThat(pace.firstTenthPerSecond()).isCloseTo(100.0, within(0.01));
		assertThat(pace.firstTenthMsPerGroup()).isNaN();
	}

}
