package ir.tasvieh.validation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text steps of validation.md section 1.4, shared by every column. Java's own parsers
 * accept Persian digits silently, so digits are mapped here explicitly and everything
 * downstream checks for ASCII {@code 0-9} only.
 */
final class Normalization {

	private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]([.,\u066B][0-9]+)?[eE]\\+?[0-9]+");

	private Normalization() {
	}

	/**
	 * An identifier after section 1.4 steps 2-7.
	 *
	 * @param value upper-case ASCII-digit text without spaces or dashes; {@code null}
	 * when {@code scientific}
	 * @param scientific whether the text was a number in scientific notation, whose
	 * digits are lost
	 */
	record Identifier(String value, boolean scientific) {

		boolean isEmpty() {
			return !this.scientific && this.value.isEmpty();
		}

	}

	/**
	 * Steps 2-7 for SHEBA and card text: digits, NFKC, Cf, scientific, separators, case.
	 */
	static Identifier identifier(String raw) {
		String folded = fold(raw);
		if (hasExponent(folded) && looksScientific(dropLeadingApostrophe(trim(folded)))) {
			return new Identifier(null, true);
		}
		StringBuilder out = new StringBuilder(folded.length());
		boolean leading = true;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (isSpace(c) || isDash(c)) {
				continue;
			}
			if (leading && c == '\'') {
				leading = false;
				continue;
			}
			leading = false;
			out.append(c);
		}
		return new Identifier(out.toString().toUpperCase(Locale.ROOT), false);
	}

	/** Steps 2-4: Persian and Arabic-Indic digits to ASCII, NFKC, no Cf characters. */
	static String fold(String raw) {
		String digits = asciiDigits(raw);
		if (isAscii(digits)) {
			return digits;
		}
		String nfkc = Normalizer.normalize(digits, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		for (int i = 0; i < nfkc.length();) {
			int cp = nfkc.codePointAt(i);
			if (Character.getType(cp) != Character.FORMAT) {
				out.appendCodePoint(cp);
			}
			i += Character.charCount(cp);
		}
		return out.toString();
	}

	/** Maps U+06F0-06F9 and U+0660-0669 to ASCII digits; other text is unchanged. */
	static String asciiDigits(String text) {
		char[] chars = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int digit = (c >= '\u06F0' && c <= '\u06F9') ? c - '\u06F0'
					: (c >= '\u0660' && c <= '\u0669') ? c - '\u0660' : -1;
			if (digit >= 0) {
				if (chars == null) {
					chars = text.toCharArray();
				}
				chars[i] = (char) ('0' + digit);
			}
		}
		return (chars != null) ? new String(chars) : text;
	}

	/**
	 * Removes spaces (NBSP included), control and Cf characters at both ends;
	 * {@code strip()} keeps NBSP and {@code trim()} keeps zero-width marks.
	 */
	static String trim(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && isTrimmable(text.charAt(start))) {
			start++;
		}
		while (end > start && isTrimmable(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(start, end);
	}

	static boolean looksScientific(String text) {
		return text.length() > 2 && text.length() < 40 && SCIENTIFIC.matcher(text).matches();
	}

	private static boolean hasExponent(String text) {
		return text.indexOf('E') >= 0 || text.indexOf('e') >= 0;
	}

	static String dropLeadingApostrophe(String text) {
		return text.startsWith("'") ? text.substring(1) : text;
	}

	/**
	 * The digits of a whole, non-negative number cell, or {@code null} when it has a
	 * fraction or a sign. {@code BigInteger.toString} always yields ASCII digits.
	 */
	static String wholeDigits(BigDecimal number) {
		if (number == null || number.signum() < 0) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() > 0) ? null : stripped.toBigInteger().toString();
	}

	static boolean isAsciiDigits(String text, int from) {
		if (from >= text.length()) {
			return false;
		}
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	static boolean isDash(char c) {
		return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212';
	}

	private static boolean isTrimmable(char c) {
		return isSpace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
