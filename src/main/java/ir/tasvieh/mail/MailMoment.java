package ir.tasvieh.mail;

import ir.tasvieh.run.RunStatus;

/**
 * The moments at which a run is mailed (SPEC 9.6), decided from a status change. A run
 * paid and final at once ({@code PAYING -> COMPLETED}) is one moment, {@link #COMPLETED}.
 */
enum MailMoment {

	/** Validated; waits for a manager's approval. */
	AWAITING_APPROVAL("در انتظار تأیید مدیر", "waiting for a manager's approval"),
	/** Paid and reported for the first time; some payouts are still being followed. */
	REPORTED("پرداخت ارسال شد و نتیجهٔ برخی ردیف‌ها هنوز پیگیری می‌شود",
			"payments sent; some rows are still being followed"),
	/** Every row is final. */
	COMPLETED("تمام شد: وضعیت همهٔ ردیف‌ها قطعی است", "completed: every row is final"),
	/**
	 * Rejected as a whole while it was validated, after its upload was answered (SPEC
	 * 9.2): the reason is the run's message.
	 */
	SHEET_REJECTED("رد شد: کل فهرست پذیرفته نشد؛ دلیل در پیام آمده است",
			"rejected: the sheet as a whole was not accepted; the message says why"),
	/**
	 * A manager stopped it (SPEC 9.7): the message says who and why; the rows never sent
	 * are listed, CANCELED, with the same words.
	 */
	STOPPED("مدیر پرداخت را متوقف کرد؛ چه کسی و چرا در پیام آمده و ردیف‌هایی که هرگز فرستاده نشدند «لغوشده» فهرست شده‌اند",
			"stopped by a manager: the message says who and why; the rows never sent are listed as CANCELED"),
	/** A manager declined it; nothing of it is paid. The reason is the run's message. */
	DECLINED("رد شد: مدیر آن را نپذیرفت و هیچ ردیفی پرداخت نمی‌شود؛ دلیل در پیام آمده است",
			"rejected by a manager: nothing is paid; the message says why");

	private final String fa;

	private final String en;

	MailMoment(String fa, String en) {
		this.fa = fa;
		this.en = en;
	}

	String fa() {
		return this.fa;
	}

	String en() {
		return this.en;
	}

	/** The moment a change of status is, or {@code null} when it is none. */
	static MailMoment of(RunStatus from, RunStatus to) {
		if (to == RunStatus.VALIDATED) {
			return AWAITING_APPROVAL;
		}
		if (to == RunStatus.STOPPED) {
			return STOPPED;
		}
		if (to == RunStatus.COMPLETED) {
			return COMPLETED;
		}
		if (from == RunStatus.VALIDATING && to == RunStatus.REJECTED) {
			return SHEET_REJECTED;
		}
		if (from == RunStatus.VALIDATED && to == RunStatus.REJECTED) {
			return DECLINED;
		}
		if (from == RunStatus.PAYING && to == RunStatus.TRACKING) {
			return REPORTED;
		}
		return null;
	}

}
