package ir.tasvieh.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

import ir.tasvieh.sheet.MessageText;

/**
 * The sheet-wide findings that the job applies over the ledger after ingest, and the text
 * forms of a row's findings: one column of the ledger ({@link #encode}/{@link #decode})
 * and the {@code Errors} cell of the result workbook ({@link #display}).
 */
@NamedInterface("findings")
public final class SheetFindings {

	private static final String NULL_FIELD = "\\N";

	private static final Set<String> EARLIER_RUN_CODES = Set.of("ALREADY_PAID", "TRACKER_ALREADY_USED", "RETRY");

	private SheetFindings() {
	}

	/**
	 * {@code TRACKER_DUPLICATE} (error): the row's tracker is also used by another row of
	 * the same sheet.
	 * @param trackerColumnName the header text of the tracker column
	 * @param tracker the duplicated tracker
	 * @param otherRowNumber the sheet row number of the other row
	 */
	public static Finding trackerDuplicate(String trackerColumnName, String tracker, int otherRowNumber) {
		String column = Quotes.label(trackerColumnName);
		String value = Quotes.value(tracker);
		return Finding.error("TRACKER_DUPLICATE",
				"ستون " + MessageText.quote(column) + ": شناسهٔ پیگیری " + MessageText.quote(value) + " در ردیف "
						+ MessageText.digits(otherRowNumber) + " هم آمده است؛ هر ردیف شناسهٔ خود را می‌خواهد.",
				"Column \"" + column + "\": tracker \"" + value + "\" is also used in row " + otherRowNumber
						+ "; every row needs its own tracker.");
	}

	/**
	 * {@code DUPLICATE_PAYEE}: the row has the same destination and amount as an earlier
	 * row of the sheet. A warning, or an error when
	 * {@code tasvieh.validation.duplicate-payee=reject}.
	 * @param firstRowNumber the sheet row number of the first such row
	 * @param reject whether the duplicate is an error
	 */
	public static Finding duplicatePayee(int firstRowNumber, boolean reject) {
		String fa = "همین مقصد و همین مبلغ در ردیف " + MessageText.digits(firstRowNumber) + " هم آمده است؛ "
				+ (reject ? "این ردیف پرداخت نمی‌شود." : "اگر عمدی نیست، یکی را حذف کنید.");
		String en = "The same destination and amount are in row " + firstRowNumber + "; "
				+ (reject ? "this row is not paid." : "remove one unless both are intended.");
		return reject ? Finding.error("DUPLICATE_PAYEE", fa, en) : Finding.warning("DUPLICATE_PAYEE", fa, en);
	}

	/**
	 * A tracker that an earlier payout already holds: sending this row could pay a second
	 * time, so it is not sent.
	 */
	public static Finding trackerAlreadySent(String tracker) {
		return Finding.error("TRACKER_ALREADY_USED",
				"شناسهٔ پیگیری " + MessageText.quote(tracker)
						+ " پیش‌تر برای پرداخت دیگری فرستاده شده است؛ این ردیف فرستاده نمی‌شود.",
				"The tracker '" + tracker + "' was already sent for an earlier payout; this row is not sent.");
	}

	/**
	 * {@code ALREADY_PAID} (warning): an earlier run already sent this very payment (same
	 * tracker, destination and amount) and it is paid or on its way, so this row is not
	 * sent and shows that payout's status.
	 * @param earlierRunId the run that sent it
	 * @param sentTracker the tracker it was sent under
	 */
	public static Finding alreadyPaid(long earlierRunId, String sentTracker) {
		String tracker = Quotes.value(sentTracker);
		return Finding.warning("ALREADY_PAID",
				"این پرداخت پیش‌تر در اجرای شماره " + MessageText.digits(earlierRunId) + " با شناسهٔ پیگیری "
						+ MessageText.quote(tracker)
						+ " فرستاده شده است؛ دوباره فرستاده نمی‌شود و این ردیف وضعیت همان پرداخت را نشان می‌دهد.",
				"This payment was already sent in run " + earlierRunId + " (tracker \"" + tracker
						+ "\"); it is not sent again, and this row shows that payout's status.");
	}

	/**
	 * {@code TRACKER_ALREADY_USED} (error): an earlier run paid, or is paying, another
	 * destination or amount under this tracker.
	 * @param trackerColumnName the header text of the tracker column
	 * @param tracker the tracker
	 * @param earlierRunId the run of that payout
	 */
	public static Finding trackerAlreadyUsed(String trackerColumnName, String tracker, long earlierRunId) {
		String column = Quotes.label(trackerColumnName);
		String value = Quotes.value(tracker);
		return Finding.error("TRACKER_ALREADY_USED",
				"ستون " + MessageText.quote(column) + ": شناسهٔ پیگیری " + MessageText.quote(value) + " در اجرای شماره "
						+ MessageText.digits(earlierRunId)
						+ " برای پرداختی به مقصد یا مبلغی دیگر به کار رفته است؛ این ردیف فرستاده نمی‌شود."
						+ " اگر پرداخت تازه‌ای است، شناسه را پاک کنید یا شناسهٔ تازه‌ای بنویسید.",
				"Column \"" + column + "\": tracker \"" + value + "\" was used in run " + earlierRunId
						+ " for a payout to another destination or of another amount; this row is not sent."
						+ " If it is a new payment, clear the tracker or give it a new one.");
	}

	/**
	 * {@code RETRY} (warning): the row sends again a payment whose earlier payout ended
	 * FAILED, CANCELED or REVERSED, as a new attempt under its own tracker.
	 * @param retry which retry this is (N in {@code <tracker>-r<N>})
	 * @param sentTracker the tracker this attempt is sent under
	 * @param earlierRunId the run of the earlier payout
	 * @param earlierStatus how the earlier payout ended
	 */
	public static Finding retry(int retry, String sentTracker, long earlierRunId, String earlierStatus) {
		String tracker = Quotes.value(sentTracker);
		String statusFa = switch (earlierStatus) {
			case "CANCELED" -> "لغو شده بود";
			case "REVERSED" -> "برگشت خورده بود";
			default -> "ناموفق بود";
		};
		return Finding.warning("RETRY",
				"ارسال دوباره (تکرار " + MessageText.digits(retry) + ") با شناسهٔ پیگیری " + MessageText.quote(tracker)
						+ "؛ پرداخت پیشین در اجرای شماره " + MessageText.digits(earlierRunId) + " " + statusFa + ".",
				"Retry " + retry + ", sent under tracker \"" + tracker + "\"; the earlier payout in run " + earlierRunId
						+ " ended " + earlierStatus + ".");
	}

	/**
	 * Stored findings with what an earlier check against other runs added replaced by
	 * {@code finding}, stored again: the check runs again before paying, and a row shows
	 * only its latest verdict.
	 */
	public static String againstEarlierRuns(String encoded, Finding finding) {
		List<Finding> findings = new ArrayList<>(decode(encoded));
		findings.removeIf((earlier) -> EARLIER_RUN_CODES.contains(earlier.code()));
		findings.add(finding);
		return encode(findings);
	}

	/** Stored findings with one more added at the end, stored again. */
	public static String append(String encoded, Finding finding) {
		List<Finding> findings = new ArrayList<>(decode(encoded));
		findings.add(finding);
		return encode(findings);
	}

	/**
	 * Findings as text: one per line, {@code severity\tcode\tfa\ten}. Backslash, tab,
	 * line feed and carriage return in a field are escaped, a {@code null} field is
	 * {@code \N}, so {@link #decode} gives back exactly what came in.
	 */
	public static String encode(List<Finding> findings) {
		StringBuilder out = new StringBuilder();
		for (Finding finding : findings) {
			if (out.length() > 0) {
				out.append('\n');
			}
			out.append((finding.severity() != null) ? finding.severity().name() : NULL_FIELD).append('\t');
			escape(finding.code(), out).append('\t');
			escape(finding.messageFa(), out).append('\t');
			escape(finding.messageEn(), out);
		}
		return out.toString();
	}

	/**
	 * The findings that {@link #encode} wrote; an empty list for {@code null} or empty
	 * text.
	 * @throws IllegalArgumentException when a line does not have four fields
	 */
	public static List<Finding> decode(String text) {
		List<Finding> findings = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return findings;
		}
		for (String line : text.split("\n", -1)) {
			String[] fields = line.split("\t", -1);
			if (fields.length != 4) {
				throw new IllegalArgumentException("Not an encoded finding: " + Quotes.label(line));
			}
			String severity = unescape(fields[0]);
			findings.add(new Finding(unescape(fields[1]), (severity != null) ? Severity.valueOf(severity) : null,
					unescape(fields[2]), unescape(fields[3])));
		}
		return findings;
	}

	/**
	 * The {@code Errors} cell text: {@code CODE: <fa> / <en>} entries separated by
	 * {@code ; }, each on one line.
	 */
	public static String display(List<Finding> findings) {
		StringBuilder out = new StringBuilder();
		for (Finding finding : findings) {
			if (out.length() > 0) {
				out.append("; ");
			}
			out.append(finding.code())
				.append(": ")
				.append(oneLine(finding.messageFa()))
				.append(" / ")
				.append(oneLine(finding.messageEn()));
		}
		return out.toString();
	}

	private static StringBuilder escape(String field, StringBuilder out) {
		if (field == null) {
			return out.append(NULL_FIELD);
		}
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return out;
	}

	private static String unescape(String field) {
		if (field.equals(NULL_FIELD)) {
			return null;
		}
		if (field.indexOf('\\') < 0) {
			return field;
		}
		StringBuilder out = new StringBuilder(field.length());
		for (int i = 0; i < field.length(); i++) {
			char c = field.charAt(i);
			if (c != '\\' || i + 1 == field.length()) {
				out.append(c);
				continue;
			}
			char next = field.charAt(++i);
			out.append(switch (next) {
				case 't' -> '\t';
				case 'n' -> '\n';
				case 'r' -> '\r';
				default -> next;
			});
		}
		return out.toString();
	}

	private static String oneLine(String message) {
		return (message != null) ? message.replace('\r', ' ').replace('\n', ' ').replace('\t', ' ') : "";
	}

}
