package ir.tasvieh.provider.nextpay;

import java.math.BigDecimal;

import ir.tasvieh.provider.client.AnswerFields;
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
		return AnswerFields.whole(AnswerFields.number(this.json, "code"));
	}

	boolean readable() {
		return this.failure == null && this.json != null;
	}

	boolean serverError() {
		return this.httpStatus != null && this.httpStatus >= 500;
	}

	/** NextPay's {@code message}, or {@code null}. */
	String message() {
		return AnswerFields.text(this.json, "message");
	}

	ProviderAnswer answer() {
		return new ProviderAnswer(this.operation, this.httpStatus, (this.body != null) ? this.body : this.failure);
	}

	/** A whole number of rials: the IRR field, else the IRT field times ten. */
	static Long rials(JsonNode node, String irrField, String irtField) {
		BigDecimal rials = AnswerFields.number(node, irrField);
		if (rials == null) {
			BigDecimal toman = AnswerFields.number(node, irtField);
			rials = (toman != null) ? toman.multiply(BigDecimal.TEN) : null;
		}
		return AnswerFields.whole(rials);
	}

}
