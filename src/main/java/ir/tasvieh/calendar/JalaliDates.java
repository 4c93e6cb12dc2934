package ir.tasvieh.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Writes instants the way Iranian finance reads them: Tehran time in the Jalali (Solar
 * Hijri) calendar, {@code 1405-09-02 14:30:05}. The conversion is the arithmetic one used
 * by jalaali-js and jdf (valid for 1178..3177 AP); ICU4J would do it too, but a 14 MB jar
 * for one date format is not worth it.
 */
public final class JalaliDates {

	public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final int[] DAYS_BEFORE_MONTH = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

	private JalaliDates() {
	}

	public static String format(Instant instant, boolean jalali) {
		LocalDateTime local = LocalDateTime.ofInstant(instant, TEHRAN);
		int[] date = jalali ? toJalali(local.getYear(), local.getMonthValue(), local.getDayOfMonth())
				: new int[] { local.getYear(), local.getMonthValue(), local.getDayOfMonth() };
		return pad(date[0], 4) + "-" + pad(date[1], 2) + "-" + pad(date[2], 2) + " " + pad(local.getHour(), 2) + ":"
				+ pad(local.getMinute(), 2) + ":" + pad(local.getSecond(), 2);
	}

	/** Gregorian year, month (1-12) and day to Jalali year, month and day. */
	public static int[] toJalali(int year, int month, int day) {
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

	/**
	 * The Jalali date's digits in Tehran, {@code 14000423}, as in bank tracking numbers.
	 */
	public static String dateDigits(Instant instant) {
		return format(instant, true).substring(0, 10).replace("-", "");
	}

	private static String pad(int value, int width) {
		String text = Integer.toString(value);
		return (text.length() >= width) ? text : "0".repeat(width - text.length()) + text;
	}

}
