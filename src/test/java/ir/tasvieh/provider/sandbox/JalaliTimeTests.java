package ir.tasvieh.provider.sandbox;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JalaliTimeTests {

	@Test
	void writesNextPaysSampleTimeInTehran() {
		// Tehran kept daylight saving time (UTC+04:30) in the summer of 2021.
		assertThat(JalaliTime.format(Instant.parse("2021-07-14T13:45:24Z"))).isEqualTo("1400-04-23 18:15:24");
	}

	@Test
	void writesTehranStandardTimeSinceDaylightSavingEnded() {
		assertThat(JalaliTime.format(Instant.parse("2026-11-23T11:00:05Z"))).isEqualTo("1405-09-02 14:30:05");
	}

	@Test
	void startsTheYearAtNowruz() {
		assertThat(JalaliTime.format(Instant.parse("2025-03-20T20:30:00Z"))).isEqualTo("1404-01-01 00:00:00");
		assertThat(JalaliTime.dateDigits(Instant.parse("2025-03-20T20:29:59Z"))).isEqualTo("14031230");
	}

}
