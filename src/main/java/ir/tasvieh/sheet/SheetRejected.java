package ir.tasvieh.sheet;

import org.springframework.modulith.NamedInterface;

/**
 * A sheet refused as a whole (SPEC section 4, exit code 3): unreadable, encrypted, no
 * header with the required columns, no data rows, too many rows, already run, or over the
 * run limit. Carries one message in Persian and one in English; neither holds a stack
 * trace or a secret.
 */
@NamedInterface("rejection")
public class SheetRejected extends RuntimeException {

	/** The reason of content that was run before. */
	public static final String ALREADY_RUN = "ALREADY_RUN";

	private final String reason;

	private final String messageFa;

	/**
	 * @param reason a short machine-readable reason such as {@code NO_HEADER}
	 * @param messageFa the message in Persian
	 * @param messageEn the message in English
	 */
	public SheetRejected(String reason, String messageFa, String messageEn) {
		super(messageEn);
		this.reason = reason;
		this.messageFa = messageFa;
	}

	public SheetRejected(String reason, String messageFa, String messageEn, Throwable cause) {
		super(messageEn, cause);
		this.reason = reason;
		this.messageFa = messageFa;
	}

	/**
	 * The {@code EMPTY} rejection of a sheet that has a header but no data rows: the
	 * reader opens such a sheet, and its caller rejects it once it has read to the end.
	 * @param fileName the sheet's file name, without its folder
	 */
	public static SheetRejected noDataRows(String fileName) {
		return Rejections.noDataRows(fileName);
	}

	/**
	 * The same rejection with what the caller can do about it added, in its own words: a
	 * command line says {@code --force}, the API {@code force=true}.
	 */
	public SheetRejected followedBy(String remedyFa, String remedyEn) {
		return new SheetRejected(this.reason, this.messageFa + " " + remedyFa, getMessage() + " " + remedyEn,
				getCause());
	}

	/** Whether the same content was run before (and {@code force} was not set). */
	public boolean alreadyRun() {
		return ALREADY_RUN.equals(this.reason);
	}

	public String reason() {
		return this.reason;
	}

	public String messageFa() {
		return this.messageFa;
	}

	public String messageEn() {
		return getMessage();
	}

}
