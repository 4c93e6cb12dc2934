package ir.tasvieh.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error of the JSON API (SPEC 9.4): {@code {"error": "CODE", "message":
 * "…"}}, and for a rejected sheet the reader's {@code reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiError(String error, String message, String reason) {

	ApiError(String error, String message) {
		this(error, message, null);
	}

	/** One message in both languages, English first, as scripts and logs read it. */
	static ApiError bilingual(String error, String messageEn, String messageFa, String reason) {
		String message = (messageFa == null || messageFa.isBlank()) ? messageEn : messageEn + " / " + messageFa;
		return new ApiError(error, message, reason);
	}

}
