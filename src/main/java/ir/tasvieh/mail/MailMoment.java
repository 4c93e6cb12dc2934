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
	/**
	 * A payout has been in doubt for longer than
	 * {@code tasvieh.tracking.attention-after}: once per run (docs/SPEC.md section 6.1).
	 */
	NEEDS_ATTENTION("نیازمند رسیدگی: نتیجهٔ برخی پرداخت‌ها نامعلوم مانده است",
			"needs attention: some payouts are in doubt", "NEEDS ATTENTION"),
	/**
	 * A decision on payouts in doubt waits for a second manager: once per decision, its
	 * id in the outbox's round.
	 */
	DECISION_PROPOSED("تصمیمی دربارهٔ پرداخت‌های نامعلوم در انتظار تأیید مدیر دوم است",
			"a decision on payouts in doubt waits for a second manager", "DECISION TO CONFIRM"),
	/**
	 * A paid row was returned by the bank: once per count of the run's reversed rows.
	 */
	REVERSED("پرداختی که انجام شده بود برگشت خورد", "a paid row was returned by the bank", "REVERSED"),
	/** A manager declined it; nothing of it is paid. The reason is the run's message. */
	DECLINED("رد شد: مدیر آن را نپذیرفت و هیچ ردیفی پرداخت نمی‌شود؛ دلیل در پیام آمده است",
			"rejected by a manager: nothing is paid; the message says why");

	private final String fa;

	private final String en;

	/** What the subject starts with, for a moment that is not a step of the run. */
	private final String tag;

	MailMoment(String fa, String en) {
		this(fa, en, null);
	}

	MailMoment(String fa, String en, String tag) {
		this.fa = fa;
		this.en = en;
		this.tag = tag;
	}

	String tag() {
		return this.tag;
	}

	/**
	 * Whether the moment is a step of a run's round (retrying starts a new round); the
	 * others are written once, under a key of their own.
	 */
	boolean ofRound() {
		return this.tag == null;
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
