package ir.tasvieh.validation;

import java.math.BigDecimal;

/**
 * A Shetab card number (PAN) that passed format and checksum: 16 ASCII digits, Luhn
 * (ISO/IEC 7812) valid.
 *
 * @param value the 16 digits
 */
record CardNumber(String value) {

	static final int LENGTH = 16;

	CardNumber {
		if (!isWellFormed(value) || !luhn(value)) {
			throw new IllegalArgumentException("Not a valid card number");
		}
	}

	/** Why text is not a valid card number. */
	enum Problem {

		/** Not 16 digits after normalisation. */
		FORMAT,

		/** Scientific notation: the digits after the 15th are gone. */
		SCIENTIFIC,

		/** The Luhn check fails. */
		CHECKSUM

	}

	/**
	 * The outcome of reading a card number.
	 *
	 * @param normalised the digits after normalisation ({@code null} for scientific
	 * notation)
	 * @param problem why it is not valid, {@code null} when it is
	 * @param fromNumber whether it came from a number cell, where Excel may have zeroed
	 * the 16th digit
	 */
	record Parsed(String normalised, Problem problem, boolean fromNumber) {

		boolean valid() {
			return this.problem == null;
		}

		/** Whether the failed checksum may be Excel's 15-digit truncation. */
		boolean maybeTruncated() {
			return this.problem == Problem.CHECKSUM && (this.fromNumber || this.normalised.endsWith("0"));
		}

		CardNumber card() {
			return new CardNumber(this.normalised);
		}

	}

	/** Normalises card text per validation.md section 1.4 and checks it; never throws. */
	static Parsed parse(String raw) {
		Normalization.Identifier identifier = Normalization.identifier(raw);
		if (identifier.scientific()) {
			return new Parsed(null, Problem.SCIENTIFIC, false);
		}
		return check(identifier.value(), false);
	}

	/**
	 * Reads a number cell exactly. Every 16-digit card is below 2^53 only when it starts
	 * with 1-8, but a number that passes Luhn is intact: zeroing the 16th digit always
	 * breaks Luhn, and a 16th digit that was already 0 lost nothing.
	 */
	static Parsed parse(BigDecimal number) {
		String digits = Normalization.wholeDigits(number);
		if (digits == null) {
			String shown = (number != null) ? number.toPlainString() : "";
			return new Parsed(shown, Problem.FORMAT, true);
		}
		return check(digits, true);
	}

	private static Parsed check(String digits, boolean fromNumber) {
		if (!isWellFormed(digits)) {
			return new Parsed(digits, Problem.FORMAT, fromNumber);
		}
		return new Parsed(digits, luhn(digits) ? null : Problem.CHECKSUM, fromNumber);
	}

	/** The issuer's six-digit BIN. */
	String bin() {
		return this.value.substring(0, 6);
	}

	static boolean isWellFormed(String value) {
		return value != null && value.length() == LENGTH && Normalization.isAsciiDigits(value, 0);
	}

	/** Standard Luhn: double every second digit from the right. */
	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

	/** The masked form used in messages: first six, six stars, last four. */
	static String mask(String digits) {
		if (digits.length() < 10) {
			return digits;
		}
		return digits.substring(0, 6) + "******" + digits.substring(digits.length() - 4);
	}

	@Override
	public String toString() {
		return mask(this.value);
	}

}
