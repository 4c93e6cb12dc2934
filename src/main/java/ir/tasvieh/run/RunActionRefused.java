package ir.tasvieh.run;

import ir.tasvieh.sheet.MessageText;

/**
 * An action on a run that is not allowed now, with the reason in Persian and English.
 * Codes: {@code NOT_FOUND}, {@code NOT_AWAITING_APPROVAL}, {@code FOUR_EYES},
 * {@code NOTHING_TO_RETRY}.
 */
public class RunActionRefused extends RuntimeException {

	public static final String NOT_FOUND = "NOT_FOUND";

	public static final String NOT_AWAITING_APPROVAL = "NOT_AWAITING_APPROVAL";

	public static final String FOUR_EYES = "FOUR_EYES";

	private final String code;

	private final String messageFa;

	public RunActionRefused(String code, String messageFa, String messageEn) {
		super(messageEn);
		this.code = code;
		this.messageFa = messageFa;
	}

	public String code() {
		return this.code;
	}

	public String messageFa() {
		return this.messageFa;
	}

	public String messageEn() {
		return getMessage();
	}

	static RunActionRefused notFound(long runId) {
		return new RunActionRefused(NOT_FOUND, "اجرای شماره " + MessageText.digits(runId) + " وجود ندارد.",
				"There is no run " + runId + ".");
	}

	/** {@code اجرای شماره ۱۲}: a run named in a Persian sentence, in Persian digits. */
	static String runFa(long runId) {
		return "اجرای شماره " + MessageText.digits(runId);
	}

	static RunActionRefused notAwaitingApproval(long runId) {
		return new RunActionRefused(NOT_AWAITING_APPROVAL, runFa(runId) + " در انتظار تأیید نیست.",
				"Run " + runId + " is not waiting for approval.");
	}

}
