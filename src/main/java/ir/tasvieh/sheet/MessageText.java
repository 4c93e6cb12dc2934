package ir.tasvieh.sheet;

import org.springframework.modulith.NamedInterface;

/**
 * Builds the parts of a Persian message so that it reads in order (docs/SPEC.md section
 * 9.3): every quoted value, column name and file name is isolated between FSI (U+2068)
 * and PDI (U+2069), so a Latin name or a number inside Persian text keeps its own
 * direction and cannot reorder the sentence around it; numbers in the sentence itself are
 * written in Persian digits. Pages turn the isolates into {@code <bdi>}; text that leaves
 * the app (workbook, mail, API) keeps them.
 */
@NamedInterface("rejection")
public final class MessageText {

	/** FIRST STRONG ISOLATE: the text up to {@link #PDI} takes its own direction. */
	public static final char FSI = '\u2068';

	/** POP DIRECTIONAL ISOLATE: ends what {@link #FSI} began. */
	public static final char PDI = '\u2069';

	private MessageText() {
	}

	/**
	 * A value isolated from the text around it; explicit direction marks inside it are
	 * dropped so that no value can end its isolate early or override the sentence.
	 */
	public static String isolate(Object value) {
		String text = String.valueOf(value);
		StringBuilder out = new StringBuilder(text.length() + 2).append(FSI);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isDirectionControl(c)) {
				out.append(c);
			}
		}
		return out.append(PDI).toString();
	}

	/** A value in Persian quotation marks, isolated: {@code «⁨amount (IRR)⁩»}. */
	public static String quote(Object value) {
		return "«" + isolate(value) + "»";
	}

	/**
	 * Names to choose from, each isolated, in a Persian list: {@code PAID، FAILED یا
	 * NOT_RECEIVED} with every name between FSI and PDI.
	 */
	public static String oneOf(String... names) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < names.length; i++) {
			if (i > 0) {
				out.append((i == names.length - 1) ? " یا " : "، ");
			}
			out.append(isolate(names[i]));
		}
		return out.toString();
	}

	/** A count or row number in Persian digits: {@code 29} as {@code ۲۹}. */
	public static String digits(long value) {
		return persianDigits(Long.toString(value));
	}

	/**
	 * Rials or another amount in Persian digits with the Persian thousands separator:
	 * {@code 1234567} as {@code ۱٬۲۳۴٬۵۶۷}.
	 */
	public static String number(long value) {
		String latin = String.format(java.util.Locale.ROOT, "%,d", value);
		return persianDigits(latin.replace(',', '٬'));
	}

	/** ASCII digits turned into Persian ones; everything else kept. */
	public static String persianDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append((c >= '0' && c <= '9') ? (char) ('۰' + (c - '0')) : c);
		}
		return out.toString();
	}

	/** The text without its isolates, for a log line or a terminal that shows them. */
	public static String withoutIsolates(String text) {
		return (text != null) ? text.replace(String.valueOf(FSI), "").replace(String.valueOf(PDI), "") : null;
	}

	private static boolean isDirectionControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}

}
