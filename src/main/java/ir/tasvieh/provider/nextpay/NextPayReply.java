package ir.tasvieh.provider.nextpay;

import java.math.BigDecimal;

import ir.tasvieh.provider.ProviderAnswer;
import tools.jackson.databind.JsonNode;

/**
 * What one call to NextPay brought back: an HTTP status and a body (read leniently as
 * JSON), or why nothing arrived.
 *
 * @param operation the operation called
 * @param httpStatus the HTTP status, or {@code null} when no answer arrived
 * @param body the body as received, or {@code null}
 * @param json the body as a JSON object, or {@code null} when it is not one
 * @param failure why no complete answer arrived, or {@code null}
 */
record NextPayReply(String operation, Integer httpStatus, String body, JsonNode json, String failure) {

	/** The code NextPay answered, whether sent as a number or as a string. */
	Long code() {
		return wholeLong(number(this.json, "code"));
	}

	boolean readable() {
		return this.failure == null && this.json != null;
	}

	boolean serverError() {
		return this.httpStatus != null && this.httpStatus >= 500;
	}

	/** NextPay's {@code message}, or {@code null}. */
	String message() {
		return text(this.json, "message");
	}

	ProviderAnswer answer() {
		return new ProviderAnswer(this.operation, this.httpStatus, (this.body != null) ? this.body : this.failure);
	}

	/** A field as text (a number is written as it came), or {@code null} when absent. */
	static String text(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
			return null;
		}
		String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asString().trim();
		return text.isEmpty() ? null : text;
	}

	/** A field as a number, whether sent as a number or a numeric string. */
	static BigDecimal number(JsonNode node, String field) {
		JsonNode value = (node != null) ? node.get(field) : null;
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (!value.isString()) {
			return null;
		}
		try {
			return new BigDecimal(value.asString().trim().replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A whole number of rials: the IRR field, else the IRT field times ten. */
	static Long rials(JsonNode node, String irrField, String irtField) {
		BigDecimal rials = number(node, irrField);
		if (rials == null) {
			BigDecimal toman = number(node, irtField);
			rials = (toman != null) ? toman.multiply(BigDecimal.TEN) : null;
		}
		return wholeLong(rials);
	}

	/** The exact long value, or {@code null} when it has a fraction or overflows. */
	static Long wholeLong(BigDecimal value) {
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
