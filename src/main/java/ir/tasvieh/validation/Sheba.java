package ir.tasvieh.validation;

/**
 * A SHEBA (the Iranian IBAN) that passed format and checksum: {@code IR} followed by 24
 * ASCII digits, check digits 02-98, ISO 7064 mod 97-10 remainder 1.
 *
 * @param value the normalised 26-character form
 */
record Sheba(String value) {

	static final int LENGTH = 26;

	Sheba {
		if (!isWellFormed(value) || mod97(value) != 1 || isReserved(value)) {
			throw new IllegalArgumentException("Not a valid SHEBA");
		}
	}

	/** Why text is not a valid SHEBA. */
	enum Problem {

		/** Not {@code IR} + 24 digits after normalisation. */
		FORMAT,

		/** The mod-97 remainder is not 1. */
		CHECKSUM,

		/** Check digits 00, 01 or 99: they satisfy mod 97 but are never issued. */
		RESERVED_CHECK_DIGITS,

		/** Scientific notation: a number cell's digits were lost before they got here. */
		SCIENTIFIC

	}

	/**
	 * The outcome of reading SHEBA text.
	 *
	 * @param normalised the text after normalisation ({@code null} for scientific
	 * notation)
	 * @param problem why it is not valid, {@code null} when it is
	 */
	record Parsed(String normalised, Problem problem) {

		boolean valid() {
			return this.problem == null;
		}

		/** Whether the value is {@code IR} + 24 digits, whatever its checksum. */
		boolean wellFormed() {
			return this.problem == null || this.problem == Problem.CHECKSUM
					|| this.problem == Problem.RESERVED_CHECK_DIGITS;
		}

		Sheba sheba() {
			return new Sheba(this.normalised);
		}

	}

	/** Normalises text per validation.md section 1.4 and checks it; never throws. */
	static Parsed parse(String raw) {
		Normalization.Identifier identifier = Normalization.identifier(raw);
		if (identifier.scientific()) {
			return new Parsed(null, Problem.SCIENTIFIC);
		}
		String value = identifier.value();
		if (value.length() == LENGTH - 2 && Normalization.isAsciiDigits(value, 0)) {
			value = "IR" + value;
		}
		if (!isWellFormed(value)) {
			return new Parsed(value, Problem.FORMAT);
		}
		if (mod97(value) != 1) {
			return new Parsed(value, Problem.CHECKSUM);
		}
		if (isReserved(value)) {
			return new Parsed(value, Problem.RESERVED_CHECK_DIGITS);
		}
		return new Parsed(value, null);
	}

	/** The bank identifier, positions 5-7. */
	String bankCode() {
		return this.value.substring(4, 7);
	}

	static boolean isWellFormed(String value) {
		return value != null && value.length() == LENGTH && value.startsWith("IR")
				&& Normalization.isAsciiDigits(value, 2);
	}

	/**
	 * The ISO 7064 remainder of a well-formed value, reduced digit by digit because 28
	 * digits do not fit in a {@code long}.
	 */
	static int mod97(String value) {
		int remainder = 0;
		for (int i = 4; i < LENGTH; i++) {
			remainder = (remainder * 10 + (value.charAt(i) - '0')) % 97;
		}
		// "IR" as letters I=18, R=27, then the check digits, as ISO 13616 rearranges them
		remainder = (remainder * 100 + 18) % 97;
		remainder = (remainder * 100 + 27) % 97;
		remainder = (remainder * 10 + (value.charAt(2) - '0')) % 97;
		return (remainder * 10 + (value.charAt(3) - '0')) % 97;
	}

	private static boolean isReserved(String value) {
		int check = (value.charAt(2) - '0') * 10 + (value.charAt(3) - '0');
		return check < 2 || check > 98;
	}

	@Override
	public String toString() {
		return this.value;
	}

}
