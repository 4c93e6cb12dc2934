package ir.tasvieh.provider.vandar;

import java.math.BigDecimal;

import ir.tasvieh.provider.client.AnswerFields;
import ir.tasvieh.provider.ProviderAnswer;
import tools.jackson.databind.JsonNode;

/**
 * What one call to Vandar brought back: an HTTP status and a body (read leniently as
 * JSON), or why nothing arrived, or why it was never sent.
 *
 * @param operation the call, e.g. {@code batches-settlement}
 * @param httpStatus the HTTP status, or {@code null} when no answer arrived
 * @param body the body as received (tokens scrubbed), or {@code null}
 * @param json the body as JSON, or {@code null} when it is not JSON
 * @param failure why no complete answer arrived, or {@code null}
 * @param notTaken why Vandar cannot have taken the request (never sent, or refused for
 * its token and no new token was had), or {@code null}
 * @param tokensExpired whether Vandar refused the refresh token: a person must create new
 * tokens
 * @param retryAfterSeconds the {@code Retry-After} header of a 429, or {@code null}
 */
record VandarReply(String operation, Integer httpStatus, String body, JsonNode json, String failure, String notTaken,
		boolean tokensExpired, Long retryAfterSeconds) {

	static final String TOKENS_EXPIRED = "Vandar tokens expired: create new tokens in the dashboard";

	static VandarReply notSent(String operation, String why, boolean tokensExpired) {
		return new VandarReply(operation, null, null, null, why, why, tokensExpired, null);
	}

	/** This answer, marked as not taken because no usable token was had after it. */
	VandarReply notTaken(String why, boolean expired) {
		return new VandarReply(this.operation, this.httpStatus, this.body, this.json, this.failure, why, expired,
				this.retryAfterSeconds);
	}

	boolean status(int expected) {
		return this.httpStatus != null && this.httpStatus == expected;
	}

	boolean success() {
		return this.notTaken == null && this.httpStatus != null && this.httpStatus >= 200 && this.httpStatus < 300;
	}

	/** Whether a JSON object arrived with a 2xx status. */
	boolean readable() {
		return success() && this.failure == null && this.json != null && this.json.isObject();
	}

	ProviderAnswer answer() {
		return new ProviderAnswer(this.operation, this.httpStatus, (this.body != null) ? this.body : this.failure);
	}

	/** What went wrong, in a few words, for an outcome's message. */
	String problem() {
		if (this.notTaken != null) {
			return this.notTaken;
		}
		if (this.failure != null) {
			return this.failure;
		}
		String said = message(this.json);
		return "HTTP " + this.httpStatus + ((said != null) ? ": " + said : "");
	}

	/** Vandar's {@code message} or {@code error}, or {@code null}. */
	static String message(JsonNode json) {
		String message = AnswerFields.text(json, "message");
		return (message != null) ? message : AnswerFields.text(json, "error");
	}

	/** Toman (Vandar's unit for wallets and fees) as whole rials, or {@code null}. */
	static Long tomanAsRials(BigDecimal toman) {
		if (toman == null) {
			return null;
		}
		try {
			return toman.multiply(BigDecimal.TEN).stripTrailingZeros().longValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

}
