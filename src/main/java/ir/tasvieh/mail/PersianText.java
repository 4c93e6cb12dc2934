package ir.tasvieh.mail;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import ir.tasvieh.run.RunStatus;

/**
 * Numbers and status names as the Persian part of a mail shows them: Persian digits with
 * the Arabic thousands separator, and statuses in words.
 */
final class PersianText {

	private static final Map<String, String> PAYOUT_STATUSES = Map.of("INVALID", "نامعتبر", "READY", "آمادهٔ پرداخت",
			"SUBMITTED", "ارسال‌شده، در انتظار نتیجه", "PAID", "پرداخت‌شده", "FAILED", "ناموفق", "CANCELED", "لغوشده",
			"REVERSED", "برگشتی", "UNKNOWN", "نامعلوم (در حال استعلام)");

	private static final Map<RunStatus, String> RUN_STATUSES = Map.of(RunStatus.VALIDATING, "در حال بررسی",
			RunStatus.VALIDATED, "بررسی‌شده، در انتظار تأیید", RunStatus.APPROVED, "تأییدشده", RunStatus.PAYING,
			"در حال پرداخت", RunStatus.TRACKING, "در حال پیگیری", RunStatus.COMPLETED, "پایان‌یافته",
			RunStatus.REJECTED, "ردشده", RunStatus.DRY_RUN, "فقط بررسی (بدون پرداخت)", RunStatus.FAILED,
			"متوقف‌شده با خطا", RunStatus.STOPPED, "متوقف‌شده به دست مدیر");

	private PersianText() {
	}

	/** {@code 1234567} as {@code ۱٬۲۳۴٬۵۶۷}. */
	static String number(long value) {
		String latin = latinNumber(value);
		StringBuilder persian = new StringBuilder(latin.length());
		for (char c : latin.toCharArray()) {
			if (c >= '0' && c <= '9') {
				persian.append((char) ('۰' + (c - '0')));
			}
			else if (c == ',') {
				persian.append('٬');
			}
			else {
				persian.append(c);
			}
		}
		return persian.toString();
	}

	/** {@code 1234567} as {@code 1,234,567}. */
	static String latinNumber(long value) {
		return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
	}

	/**
	 * A name, status or note between FSI (U+2068) and PDI (U+2069), so that a Latin value
	 * keeps its own direction inside the Persian sentence of the mail (the same isolation
	 * as the sheet's MessageText, which this module does not depend on); direction
	 * controls inside the value are dropped so it cannot end its isolate early.
	 */
	static String isolate(Object value) {
		return "\u2068" + String.valueOf(value).replaceAll("[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]", "")
				+ "\u2069";
	}

	static String payoutStatus(String status) {
		return PAYOUT_STATUSES.getOrDefault(status, status);
	}

	static String runStatus(RunStatus status) {
		return RUN_STATUSES.getOrDefault(status, status.name());
	}

}
