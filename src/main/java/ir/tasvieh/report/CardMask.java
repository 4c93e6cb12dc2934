package ir.tasvieh.report;

import org.springframework.modulith.NamedInterface;

/**
 * Masks card numbers for the workbook: the first six digits (the BIN, which names the
 * bank) and the last four stay, the rest become {@code *}: {@code 621986******1234}.
 */
@NamedInterface("format")
public final class CardMask {

	private CardMask() {
	}

	/**
	 * Masks the digits of a card cell as typed (any digit set, any separators). Text with
	 * fewer than 12 digits is not a card number that could be abused and is left as it
	 * is.
	 */
	public static String mask(String text) {
		if (text == null) {
			return null;
		}
		int digits = 0;
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				digits++;
			}
		}
		if (digits < 12) {
			return text;
		}
		StringBuilder masked = new StringBuilder(digits);
		int seen = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				masked.append((seen < 6 || seen >= digits - 4) ? asciiDigit(c) : '*');
				seen++;
			}
		}
		return masked.toString();
	}

	private static char asciiDigit(char c) {
		return (char) ('0' + Character.digit(c, 10));
	}

}
