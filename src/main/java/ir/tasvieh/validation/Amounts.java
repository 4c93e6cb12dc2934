package ir.tasvieh.validation;

import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.SheetCell;

import java.math.BigDecimal;

/**
 * Reads an amount cell as a whole number of rials. Nothing is ever rounded: a value that
 * is not a whole number of rials after the unit's conversion is refused.
 */
final class Amounts {

	private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

	private static final int FAST_DIGITS = 18;

	private Amounts() {
	}

	/** Why a cell is not a usable amount. */
	enum Problem {

		EMPTY, NOT_A_NUMBER, DATE, BOOLEAN, NOT_POSITIVE, FRACTION, TOO_LARGE

	}

	/**
	 * The outcome of reading an amount.
	 *
	 * @param rials the amount in rials, {@code null} when there is a problem
	 * @param problem why it is not usable, {@code null} when it is
	 */
	record Parsed(Long rials, Problem problem) {

		static Parsed of(long rials) {
			return new Parsed(rials, null);
		}

		static Parsed failed(Problem problem) {
			return new Parsed(null, problem);
		}

	}

	static Parsed parse(SheetCell cell, AmountUnit unit) {
		return switch (cell.type()) {
			case BLANK -> Parsed.failed(Problem.EMPTY);
			case DATE -> Parsed.failed(Problem.DATE);
			case BOOLEAN -> Parsed.failed(Problem.BOOLEAN);
			case NUMBER -> (cell.number() != null) ? ofNumber(cell.number(), unit) : parse(cell.text(), unit);
			case ERROR -> Parsed.failed(Problem.NOT_A_NUMBER);
			case TEXT -> parse(cell.text(), unit);
		};
	}

	/** An exact number cell value, converted to rials. */
	static Parsed ofNumber(BigDecimal number, AmountUnit unit) {
		return ofDecimal(number.multiply(BigDecimal.valueOf(unit.rials())));
	}

	/**
	 * Text with any digit set, thousands separators ({@code ,} {@code ٬} {@code ،} or
	 * spaces, in groups of three) and a decimal separator ({@code .} or {@code ٫}).
	 */
	static Parsed parse(String text, AmountUnit unit) {
		String value = Normalization.dropLeadingApostrophe(Normalization.trim(Normalization.fold(text)));
		if (value.isEmpty()) {
			return Parsed.failed(Problem.EMPTY);
		}
		if (value.charAt(0) == '-' || value.charAt(0) == '\u2212') {
			return isNumber(value.substring(1)) ? Parsed.failed(Problem.NOT_POSITIVE)
					: Parsed.failed(Problem.NOT_A_NUMBER);
		}
		StringBuilder whole = new StringBuilder(value.length());
		String fraction = "";
		int group = 0;
		boolean grouped = false;
		boolean separated = false;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= '0' && c <= '9') {
				whole.append(c);
				group++;
				separated = false;
			}
			else if (isThousandsSeparator(c)) {
				// a separator must follow 1-3 digits (first group) or exactly 3; a run
				// counts once
				if (!separated && (group == 0 || group > 3 || (grouped && group != 3))) {
					return Parsed.failed(Problem.NOT_A_NUMBER);
				}
				grouped = true;
				separated = true;
				group = 0;
			}
			else if (c == '.' || c == '\u066B') {
				fraction = value.substring(i + 1);
				if (!fraction.isEmpty() && !Normalization.isAsciiDigits(fraction, 0)) {
					return Parsed.failed(Problem.NOT_A_NUMBER);
				}
				break;
			}
			else {
				return Parsed.failed(Problem.NOT_A_NUMBER);
			}
		}
		if (whole.length() == 0 || separated || (grouped && group != 3)) {
			return Parsed.failed(Problem.NOT_A_NUMBER);
		}
		if (whole.length() <= FAST_DIGITS && isZeros(fraction)) {
			// safe: whole holds only the ASCII digits appended above, at most 18 of them
			return ofWhole(Long.parseLong(whole.toString()), unit);
		}
		BigDecimal number = new BigDecimal(fraction.isEmpty() ? whole.toString() : whole + "." + fraction);
		return ofNumber(number, unit);
	}

	private static Parsed ofWhole(long amount, AmountUnit unit) {
		if (amount <= 0) {
			return Parsed.failed(Problem.NOT_POSITIVE);
		}
		if (amount > Long.MAX_VALUE / unit.rials()) {
			return Parsed.failed(Problem.TOO_LARGE);
		}
		return Parsed.of(amount * unit.rials());
	}

	private static Parsed ofDecimal(BigDecimal rials) {
		if (rials.signum() <= 0) {
			return Parsed.failed(Problem.NOT_POSITIVE);
		}
		if (rials.compareTo(LONG_MAX) > 0) {
			return Parsed.failed(Problem.TOO_LARGE);
		}
		BigDecimal stripped = rials.stripTrailingZeros();
		if (stripped.scale() > 0) {
			return Parsed.failed(Problem.FRACTION);
		}
		return Parsed.of(stripped.longValueExact());
	}

	private static boolean isThousandsSeparator(char c) {
		return c == ',' || c == '\u066C' || c == '\u060C' || Normalization.isSpace(c);
	}

	private static boolean isZeros(String digits) {
		for (int i = 0; i < digits.length(); i++) {
			if (digits.charAt(i) != '0') {
				return false;
			}
		}
		return true;
	}

	private static boolean isNumber(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < '0' || c > '9') && c != '.' && c != '\u066B' && !isThousandsSeparator(c)) {
				return false;
			}
		}
		return !text.isEmpty();
	}

}
