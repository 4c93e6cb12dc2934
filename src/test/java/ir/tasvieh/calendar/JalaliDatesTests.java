package ir.tasvieh.calendar;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JalaliDatesTests {

	@Test
	void writesTehranTimeInTheJalaliCalendar() {
		assertThat(JalaliDates.format(Instant.parse("2026-11-23T11:00:05Z"), true)).isEqualTo("1405-09-02 14:30:05");
	}

	@Test
	void writesIsoDatesInTehranTimeWhenGregorianIsChosen() {
		assertThat(JalaliDates.format(Instant.parse("2026-11-23T11:00:05Z"), false)).isEqualTo("2026-11-23 14:30:05");
	}

	@Test
	void startsTheYearAtNowruz() {
		assertThat(JalaliDates.toJalali(2025, 3, 21)).containsExactly(1404, 1, 1);
		assertThat(JalaliDates.toJalali(2026, 3, 21)).containsExactly(1405, 1, 1);
	}

	@Test
	void knowsTheLeapEsfandOf1403() {
		assertThat(JalaliDates.toJalali(2025, 3, 20)).containsExactly(1403, 12, 30);
	}

	@Test
	void switchesToThirtyDayMonthsInMehr() {
		assertThat(JalaliDates.toJalali(2025, 9, 22)).containsExactly(1404, 6, 31);
		assertThat(JalaliDates.toJalali(2025, 9, 23)).containsExactly(1404, 7, 1);
	}

	@Test
	void crossesMidnightInTehranBeforeUtc() {
		// 21:00 UTC is 00:30 the next day in Tehran.
		assertThat(JalaliDates.format(Instant.parse("2026-03-20T21:00:00Z"), true)).isEqualTo("1405-01-01 00:30:00");
	}

	@Test
	void writesNextPaysSampleTimeInTehran() {
		// Tehran kept daylight saving time (UTC+04:30) in the summer of 2021.
		assertThat(JalaliDates.format(Instant.parse("2021-07-14T13:45:24Z"), true)).isEqualTo("1400-04-23 18:15:24");
	}

	@Test
	void writesTehranStandardTimeSinceDaylightSavingEnded() {
		assertThat(JalaliDates.format(Instant.parse("2026-11-23T11:00:05Z"), true)).isEqualTo("1405-09-02 14:30:05");
	}

	@Test
	void startsTheYearAtNowruzInTehranTime() {
		assertThat(JalaliDates.format(Instant.parse("2025-03-20T20:30:00Z"), true)).isEqualTo("1404-01-01 00:00:00");
		assertThat(JalaliDates.dateDigits(Instant.parse("2025-03-20T20:29:59Z"))).isEqualTo("14031230");
	}

}
