package ir.tasvieh.web;

import org.springframework.http.HttpStatus;
import ir.tasvieh.sheet.MessageText;

/** An API request refused with a status and an {@link ApiError} body. */
class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final ApiError error;

	ApiException(HttpStatus status, ApiError error) {
		super(error.message());
		this.status = status;
		this.error = error;
	}

	static ApiException runNotFound(long id) {
		return new ApiException(HttpStatus.NOT_FOUND, ApiError.bilingual("NOT_FOUND", "There is no run " + id,
				"اجرای شمارهٔ " + MessageText.digits(id) + " وجود ندارد.", null));
	}

	static ApiException badParameter(String messageEn, String messageFa) {
		return new ApiException(HttpStatus.BAD_REQUEST,
				ApiError.bilingual("BAD_PARAMETER", messageEn, messageFa, null));
	}

	HttpStatus status() {
		return this.status;
	}

	ApiError error() {
		return this.error;
	}

}
