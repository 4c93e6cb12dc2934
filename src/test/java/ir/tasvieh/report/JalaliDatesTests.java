package ir.tasvieh.report;

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

}
