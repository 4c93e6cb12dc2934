package ir.tasvieh.provider.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * NextPay's time stamps: Tehran time in the Jalali calendar, {@code 1400-04-23 18:15:24}.
 * The arithmetic conversion of jalaali-js and jdf (valid for 1178..3177 AP), the same as
 * the report's; copied rather than shared so that the sandbox depends on no other
 * feature.
 */
final class JalaliTime {

	private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final int[] DAYS_BEFORE_MONTH = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

	private JalaliTime() {
	}

	static String format(Instant instant) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, TEHRAN);
		int[] date = toJalali(local.getYear(), local.getMonthValue(), local.getDayOfMonth());
		return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", date[0], date[1], date[2], local.getHour(),
				local.getMinute(), local.getSecond());
	}

	/** The Jalali date's digits, {@code 14000423}, for bank tracking numbers. */
	static String dateDigits(Instant instant) {
		return format(instant).substring(0, 10).replace("-", "");
	}

	/** Gregorian year, month (1-12) and day to Jalali year, month and day. */
	static int[] toJalali(int year, int month, int day) {
		int yearForLeap = (month > 2) ? year + 1 : year;
		long days = 355666 + 365L * year + (yearForLeap + 3) / 4 - (yearForLeap + 99) / 100 + (yearForLeap + 399) / 400
				+ day + DAYS_BEFORE_MONTH[month - 1];
		long jalaliYear = -1595 + 33 * (days / 12053);
		days %= 12053;
		jalaliYear += 4 * (days / 1461);
		days %= 1461;
		if (days > 365) {
			jalaliYear += (days - 1) / 365;
			days = (days - 1) % 365;
		}
		int jalaliMonth;
		int jalaliDay;
		if (days < 186) {
			jalaliMonth = 1 + (int) (days / 31);
			jalaliDay = 1 + (int) (days % 31);
		}
		else {
			jalaliMonth = 7 + (int) ((days - 186) / 30);
			jalaliDay = 1 + (int) ((days - 186) % 30);
		}
		return new int[] { (int) jalaliYear, jalaliMonth, jalaliDay };
	}

}
