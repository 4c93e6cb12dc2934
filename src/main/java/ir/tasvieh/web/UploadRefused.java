package ir.tasvieh.web;

/**
 * An uploaded file that is not taken in at all: empty ({@code EMPTY_FILE}), not a sheet
 * ({@code UNSUPPORTED_TYPE}) or over {@code tasvieh.upload.max-size} ({@code TOO_LARGE}).
 * Carries the message in Persian and in English.
 */
class UploadRefused extends RuntimeException {

	private final String code;

	private final String messageFa;

	UploadRefused(String code, String messageFa, String messageEn) {
		super(messageEn);
		this.code = code;
		this.messageFa = messageFa;
	}

	String code() {
		return this.code;
	}

	String messageFa() {
		return this.messageFa;
	}

	String messageEn() {
		return getMessage();
	}

}
