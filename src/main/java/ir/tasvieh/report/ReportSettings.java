package ir.tasvieh.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.report.*}: the calendar of dates in the workbook and whether card
 * numbers are masked.
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
