package ir.tasvieh.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ir.tasvieh.calendar.JalaliDates;
import ir.tasvieh.sheet.MessageText;

/**
 * Numbers and dates as the pages show them, used from templates as {@code ${@fmt...}}: in
 * Persian with Persian digits and the Arabic thousands and decimal separators, in English
 * with ASCII ones. Dates are Tehran time in the Jalali calendar in both languages, the
 * way Iranian finance reads them and the result workbook writes them.
 */
@Component("fmt")
class PageFormat {

	private static final String DASH = "—";

	private static final int SHORT_TRACKER = 16;

	private static final Pattern BANK = Pattern.compile("(.+?) \\((?=[A-Za-z])(.+)\\)");

	/** A whole number with thousands separators, e.g. {@code ۱۲٬۳۴۵٬۰۰۰}. */
	public String num(Long value) {
		return (value != null) ? grouped(BigDecimal.valueOf(value)) : DASH;
	}

	/**
	 * A rial amount as tomans (rials / 10), exact: {@code 12,345} rials are
	 * {@code 1,234.5} tomans.
	 */
	public String toman(Long rials) {
		return (rials != null) ? grouped(BigDecimal.valueOf(rials, 1).stripTrailingZeros()) : DASH;
	}

	/** Tehran time in the Jalali calendar, {@code 1405-09-02 14:30:05}. */
	public String date(Instant instant) {
		return (instant != null) ? digits(JalaliDates.format(instant, true)) : DASH;
	}

	/** A day in the Jalali calendar, {@code 1405-09-02}. */
	public String day(LocalDate day) {
		int[] jalali = JalaliDates.toJalali(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
		return digits(String.format(Locale.ROOT, "%04d-%02d-%02d", jalali[0], jalali[1], jalali[2]));
	}

	/** A day in the Jalali calendar without its year, {@code 09/02}, under a chart. */
	public String shortDay(LocalDate day) {
		return day(day).substring(5).replace('-', '/');
	}

	/**
	 * The digits of a text in the page's digits (ids, page numbers); other characters
	 * stay.
	 */
	public String digits(Object value) {
		if (value == null) {
			return DASH;
		}
		String text = value.toString();
		if (!persian()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= '0' && c <= '9') ? (char) ('۰' + (c - '0')) : c);
		}
		return out.toString();
	}

	/**
	 * A long tracker (a derived UUID is 36 characters) shortened to its first and last
	 * characters so a row stays on one line; the page keeps the whole value in its title.
	 */
	public String shortTracker(String tracker) {
		if (tracker == null) {
			return DASH;
		}
		return (tracker.length() <= SHORT_TRACKER) ? tracker
				: tracker.substring(0, 8) + "…" + tracker.substring(tracker.length() - 6);
	}

	/**
	 * A message as HTML: escaped, with each FSI…PDI isolate its builder put around a
	 * quoted value or file name turned into {@code <bdi>} (docs/SPEC.md section 9.3);
	 * unbalanced marks are dropped, so the markup always closes.
	 */
	public String isolated(String message) {
		if (message == null) {
			return DASH;
		}
		StringBuilder html = new StringBuilder(message.length() + 16);
		int open = 0;
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			switch (c) {
				case MessageText.FSI -> {
					html.append("<bdi>");
					open++;
				}
				case MessageText.PDI -> {
					if (open > 0) {
						html.append("</bdi>");
						open--;
					}
				}
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		html.append("</bdi>".repeat(open));
		return html.toString();
	}

	/**
	 * A bank's name in the page's language. The ledger keeps it as
	 * {@code <Persian> (<English>)}, e.g. {@code بانک ملت (Bank Mellat)}; the English
	 * part is the first parenthesis that opens with a Latin letter (a Persian name may
	 * carry a Persian one of its own). Any other text is shown as it is.
	 */
	public String bank(String stored) {
		if (stored == null) {
			return DASH;
		}
		Matcher parts = BANK.matcher(stored);
		if (!parts.matches()) {
			return stored;
		}
		return persian() ? parts.group(1) : parts.group(2);
	}

	/** How much of a whole a part is, in whole percent (0 for an empty whole). */
	public long percent(long part, long whole) {
		return (whole > 0) ? Math.min(100, part * 100 / whole) : 0;
	}

	private String grouped(BigDecimal value) {
		String plain = value.abs().toPlainString();
		int dot = plain.indexOf('.');
		String whole = (dot >= 0) ? plain.substring(0, dot) : plain;
		String fraction = (dot >= 0) ? plain.substring(dot + 1) : "";
		boolean persian = persian();
		StringBuilder out = new StringBuilder();
		if (value.signum() < 0) {
			out.append('-');
		}
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				out.append(persian ? '٬' : ',');
			}
			out.append(whole.charAt(i));
		}
		if (!fraction.isEmpty()) {
			out.append(persian ? '٫' : '.').append(fraction);
		}
		return digits(out);
	}

	private static boolean persian() {
		Locale locale = LocaleContextHolder.getLocale();
		return PageLocales.isPersian(locale);
	}

}
