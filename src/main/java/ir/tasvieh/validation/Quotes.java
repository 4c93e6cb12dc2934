package ir.tasvieh.validation;

/**
 * Makes user text safe to put into a message: one line, no invisible bidi overrides, at
 * most {@value #MAX_LENGTH} characters, and card numbers masked so messages can be mailed
 * and logged.
 */
final class Quotes {

	static final int MAX_LENGTH = 40;

	private static final int CARD_DIGITS = 16;

	private static final char ZWNJ = '\u200C';

	private Quotes() {
	}

	/**
	 * A cell value for a message: sanitised, masked when it is card-like, truncated. A
	 * card number inside other text (16 digits that pass Luhn) is masked too.
	 */
	static String value(String raw) {
		String clean = sanitize(raw);
		String digits = cardLikeDigits(clean);
		return (digits != null) ? CardNumber.mask(digits) : truncate(maskEmbeddedCards(clean));
	}

	/**
	 * Masks the middle six digits of every run of exactly 16 digits (any digit set) that
	 * passes Luhn. Found by fuzzing: a card typed into a name or an amount was quoted
	 * whole.
	 */
	static String maskEmbeddedCards(String text) {
		String ascii = Normalization.asciiDigits(text);
		StringBuilder masked = null;
		int i = 0;
		while (i < ascii.length()) {
			int start = i;
			while (i < ascii.length() && ascii.charAt(i) >= '0' && ascii.charAt(i) <= '9') {
				i++;
			}
			if (i - start == CARD_DIGITS && CardNumber.luhn(ascii.substring(start, i))) {
				masked = (masked != null) ? masked : new StringBuilder(text);
				for (int j = start + 6; j < start + 12; j++) {
					masked.setCharAt(j, '*');
				}
			}
			i = Math.max(i, start + 1);
		}
		return (masked != null) ? masked.toString() : text;
	}

	/** A header or label for a message: sanitised and truncated, never masked. */
	static String label(String raw) {
		return truncate(sanitize(raw));
	}

	/** Rials with thousands separators, e.g. {@code 50,000}. */
	static String rials(long amount) {
		String digits = Long.toString(amount);
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
		int first = digits.length() % 3;
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (i - first) % 3 == 0 && digits.charAt(i - 1) != '-') {
				out.append(',');
			}
			out.append(digits.charAt(i));
		}
		return out.toString();
	}

	/**
	 * Line breaks and tabs become spaces (messages are stored one per line, tab
	 * separated); Cf characters other than ZWNJ, which Persian words use, are dropped.
	 */
	static String sanitize(String raw) {
		if (raw == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length();) {
			int cp = raw.codePointAt(i);
			i += Character.charCount(cp);
			int type = Character.getType(cp);
			if (Character.isISOControl(cp) || type == Character.LINE_SEPARATOR
					|| type == Character.PARAGRAPH_SEPARATOR) {
				out.append(' ');
			}
			else if (type != Character.FORMAT || cp == ZWNJ) {
				out.appendCodePoint(cp);
			}
		}
		return Normalization.trim(out.toString());
	}

	private static String cardLikeDigits(String text) {
		Normalization.Identifier identifier = Normalization.identifier(text);
		if (identifier.scientific()) {
			return null;
		}
		String value = identifier.value();
		boolean cardLike = value.length() >= 13 && value.length() <= 19 && Normalization.isAsciiDigits(value, 0);
		return cardLike ? value : null;
	}

	private static String truncate(String text) {
		if (text.codePointCount(0, text.length()) <= MAX_LENGTH) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
	}

}
