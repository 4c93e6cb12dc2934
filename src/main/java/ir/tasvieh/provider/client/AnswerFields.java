package ir.tasvieh.provider.client;

import java.math.BigDecimal;

import tools.jackson.databind.JsonNode;

/**
 * Reads a provider's JSON answer leniently: both providers send numbers now as numbers,
 * now as strings (with thousands separators), and a field that cannot be read is
 * {@code null}, never an exception.
 */
public final class AnswerFields {

	private AnswerFields() {
	}

	/** A field as text (a number is written as it came), or {@code null} when absent. */
	public static String text(JsonNode node, String field) {
		JsonNode value = (node != null && node.isObject()) ? node.get(field) : null;
		if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
			return null;
		}
		String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/** A field as a number, whether sent as a number or a numeric string. */
	public static BigDecimal number(JsonNode node, String field) {
		String text = text(node, field);
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The exact long value, or {@code null} when it has a fraction or overflows. */
	public static Long whole(BigDecimal value) {
		if (value == null) {
			return null;
		}
		try {
			return value.stripTrailingZeros().longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

}
