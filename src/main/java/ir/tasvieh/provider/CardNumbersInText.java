package ir.tasvieh.provider;

/**
 * Masks the card numbers a provider's answer echoes back (NextPay's status answer names
 * the destination card), so that stored answers hold no full card number: every run of
 * exactly 16 ASCII digits that passes the Luhn check keeps its first six and last four
 * digits, {@code 603799******7000}. Longer digit runs (SHEBAs, tracking numbers) are left
 * alone.
 */
final class CardNumbersInText {

	private static final int CARD = 16;

	private CardNumbersInText() {
	}

	static String mask(String text) {
		if (text == null || text.length() < CARD) {
			return text;
		}
		char[] chars = null;
		int i = 0;
		while (i < text.length()) {
			if (!isDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && isDigit(text.charAt(i))) {
				i++;
			}
			if (i - start == CARD && luhn(text, start)) {
				chars = (chars != null) ? chars : text.toCharArray();
				for (int j = start + 6; j < start + 12; j++) {
					chars[j] = '*';
				}
			}
		}
		return (chars != null) ? new String(chars) : text;
	}

	private static boolean luhn(String text, int start) {
		int sum = 0;
		for (int i = 0; i < CARD; i++) {
			int digit = text.charAt(start + CARD - 1 - i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				digit -= (digit > 9) ? 9 : 0;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
