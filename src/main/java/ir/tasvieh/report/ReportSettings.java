package ir.tasvieh.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.report.*}: the calendar of dates in the workbook and whether card
 * numbers are masked.
 *
 * @param calendar the calendar of dates in the result workbook: {@code jalali} or
 * {@code gregorian}
 * @param maskCards whether card numbers are masked in the result workbook (first six and
 * last four digits shown)
 */
@ConfigurationProperties("tasvieh.report")
record ReportSettings(Calendar calendar, Boolean maskCards) {

	ReportSettings {
		calendar = (calendar != null) ? calendar : Calendar.JALALI;
		maskCards = (maskCards != null) ? maskCards : Boolean.TRUE;
	}

	enum Calendar {

		JALALI, GREGORIAN

	}

}
