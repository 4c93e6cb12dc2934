package ir.tasvieh.validation;

import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.MessageText;

/**
 * The per-row findings of SPEC section 4 with their Persian and English messages. Each
 * message names the column by the user's own header text; values are passed through
 * {@link Quotes} by the caller. Only failing rows get here, so plain concatenation is
 * cheap enough.
 */
final class RowFindings {

	/** Excel's name of the Text cell format, isolated inside the Persian advice. */
	private static final String TEXT = MessageText.isolate("Text");

	private RowFindings() {
	}

	static Finding nameMissing(String column) {
		return Finding.error("NAME_MISSING", fa(column) + "نام گیرنده خالی است.",
				en(column) + "the payee's name is empty.");
	}

	static Finding amountInvalid(String column, String value, Amounts.Problem problem, AmountUnit unit) {
		String fa = fa(column);
		String en = en(column);
		return Finding.error("AMOUNT_INVALID", switch (problem) {
			case EMPTY -> fa + "مبلغ خالی است.";
			case DATE -> fa + "خانه تاریخ است (" + MessageText.quote(value) + ") نه عدد؛ قالب ستون را "
					+ MessageText.isolate("Number") + " کنید.";
			case BOOLEAN -> fa + "خانه مقدار منطقی (درست/نادرست) است (" + MessageText.quote(value) + ") نه عدد.";
			case NOT_POSITIVE -> fa + "مبلغ " + MessageText.quote(value) + " باید بزرگ‌تر از صفر باشد.";
			case FRACTION ->
				fa + MessageText.quote(value) + " " + unitFa(unit) + " عدد صحیحی از ریال نیست؛ مبلغ گرد نمی‌شود.";
			case TOO_LARGE -> fa + "مبلغ " + MessageText.quote(value) + " بیش از حد بزرگ است.";
			case NOT_A_NUMBER -> fa + MessageText.quote(value)
					+ " عدد نیست؛ فقط رقم، جداکنندهٔ هزارگان (, ٬ ،) در دسته‌های سه‌رقمی و ممیز (. یا ٫) پذیرفته است.";
		}, switch (problem) {
			case EMPTY -> en + "the amount is empty.";
			case DATE -> en + "the cell holds a date (\"" + value + "\"), not a number; format the column as Number.";
			case BOOLEAN -> en + "the cell holds a boolean (TRUE/FALSE) (\"" + value + "\"), not a number.";
			case NOT_POSITIVE -> en + "the amount \"" + value + "\" must be greater than zero.";
			case FRACTION -> en + "\"" + value + "\" " + unitEn(unit)
					+ " is not a whole number of rials; amounts are never rounded.";
			case TOO_LARGE -> en + "the amount \"" + value + "\" is too large.";
			case NOT_A_NUMBER -> en + "\"" + value
					+ "\" is not a number; use digits, thousands separators (, ٬ ،) in groups of three and a decimal point (. or ٫).";
		});
	}

	static Finding amountBelowMinimum(String column, long rials, long minimum, String provider) {
		return Finding.error("AMOUNT_OUT_OF_RANGE",
				fa(column) + "مبلغ " + MessageText.number(rials) + " ریال کمتر از حداقل " + MessageText.number(minimum)
						+ " ریال در هر ردیف برای " + MessageText.isolate(provider) + " است.",
				en(column) + Quotes.rials(rials) + " rials is below the minimum of " + Quotes.rials(minimum)
						+ " rials per row for " + provider + ".");
	}

	static Finding amountAboveProviderMaximum(String column, long rials, long maximum, String provider) {
		return Finding.error("AMOUNT_OUT_OF_RANGE",
				fa(column) + "مبلغ " + MessageText.number(rials) + " ریال بیشتر از سقف " + MessageText.number(maximum)
						+ " ریال در هر ردیف برای " + MessageText.isolate(provider) + " است.",
				en(column) + Quotes.rials(rials) + " rials is above the maximum of " + Quotes.rials(maximum)
						+ " rials per row for " + provider + ".");
	}

	static Finding amountAboveRowLimit(String column, long rials, long limit) {
		return Finding.error("AMOUNT_OUT_OF_RANGE",
				fa(column) + "مبلغ " + MessageText.number(rials) + " ریال بیشتر از سقف هر ردیف در تسویه ("
						+ MessageText.number(limit) + " ریال، " + MessageText.isolate("tasvieh.limits.max-row-irr")
						+ ") است.",
				en(column) + Quotes.rials(rials) + " rials is above tasvieh's limit of " + Quotes.rials(limit)
						+ " rials per row (tasvieh.limits.max-row-irr).");
	}

	static Finding destinationMissing(String shebaColumn, String cardColumn) {
		return Finding.error("DESTINATION_MISSING",
				"ستون‌های " + MessageText.quote(shebaColumn) + " و " + MessageText.quote(cardColumn)
						+ " هر دو خالی است؛ یکی از آن‌ها لازم است.",
				"Columns \"" + shebaColumn + "\" and \"" + cardColumn + "\" are both empty; one of them is required.");
	}

	static Finding shebaPrecisionLost(String column, String value, boolean scientific) {
		String fa = scientific ? MessageText.quote(value) + " به صورت نماد علمی نوشته شده"
				: "خانه عددی است (" + MessageText.quote(value) + ")";
		String en = scientific ? "\"" + value + "\" is in scientific notation"
				: "the cell is a number (\"" + value + "\")";
		return Finding.error("SHEBA_PRECISION_LOST",
				fa(column) + fa + " و اکسل فقط ۱۵ رقم معنادار نگه می‌دارد، پس شبا خراب شده است؛ قالب ستون را " + TEXT
						+ " کنید و شبا را دوباره وارد کنید.",
				en(column) + en
						+ ", and Excel keeps only 15 significant digits, so the SHEBA is corrupted; format the column as Text and enter the SHEBA again.");
	}

	static Finding shebaFormat(String column, String value, String normalised) {
		String hintFa = "";
		String hintEn = "";
		if (CardNumber.isWellFormed(normalised)) {
			hintFa = " این یک شماره کارت به نظر می‌رسد.";
			hintEn = " It looks like a card number.";
		}
		else if (normalised.startsWith("IR") && Normalization.isAsciiDigits(normalised, 2)) {
			hintFa = " این مقدار " + MessageText.digits(normalised.length()) + " نویسه دارد.";
			hintEn = " It has " + normalised.length() + " characters.";
		}
		return Finding.error("SHEBA_FORMAT",
				fa(column) + MessageText.quote(value) + " شمارهٔ شبا نیست؛ شبا " + MessageText.isolate("IR")
						+ " و سپس ۲۴ رقم است (۲۶ نویسه)." + hintFa,
				en(column) + "\"" + value + "\" is not a SHEBA; a SHEBA is IR followed by 24 digits (26 characters)."
						+ hintEn);
	}

	static Finding shebaChecksum(String column, String value, boolean reserved) {
		String fa = reserved ? "رقم‌های کنترلی ۰۰، ۰۱ و ۹۹ هرگز صادر نمی‌شوند." : "احتمالاً رقمی اشتباه تایپ شده است.";
		String en = reserved ? "check digits 00, 01 and 99 are never issued." : "a digit is probably mistyped.";
		return Finding.error("SHEBA_CHECKSUM",
				fa(column) + "رقم‌های کنترلی شبای " + MessageText.quote(value) + " درست نیست؛ " + fa,
				en(column) + "the check digits of \"" + value + "\" are wrong (ISO 7064 mod 97); " + en);
	}

	static Finding shebaUnknownBank(String column, String value, String bankCode) {
		return Finding.error("SHEBA_UNKNOWN_BANK",
				fa(column) + "کد بانک " + MessageText.isolate(bankCode) + " در شبای " + MessageText.quote(value)
						+ " متعلق به هیچ بانک شناخته‌شده‌ای نیست.",
				en(column) + "bank code " + bankCode + " in \"" + value + "\" belongs to no known bank.");
	}

	static Finding shebaBankMerged(String column, Bank bank) {
		if (!bank.merged()) {
			return Finding.warning("SHEBA_BANK_MERGED",
					fa(column) + bank.shortNameFa() + " دیگر با نام خود فعالیت نمی‌کند؛ شبا را با گیرنده بررسی کنید.",
					en(column) + bank.shortNameEn()
							+ " no longer operates under its own name; check the SHEBA with the payee.");
		}
		return Finding.warning("SHEBA_BANK_MERGED",
				fa(column) + bank.shortNameFa() + " در " + bank.successorFa()
						+ " ادغام شده است؛ اگر واریز ناموفق بود، شبای " + bank.successorFa() + " گیرنده را بگیرید.",
				en(column) + bank.shortNameEn() + " has merged into " + bank.successorEn()
						+ "; if the payout fails, ask the payee for their " + bank.successorEn() + " SHEBA.");
	}

	static Finding cardFormat(String column, String value, String normalised) {
		String hintFa = "";
		String hintEn = "";
		if (normalised.startsWith("IR")) {
			hintFa = " این یک شبا به نظر می‌رسد.";
			hintEn = " It looks like a SHEBA.";
		}
		else if (normalised.matches("\\d{6}\\*{6}\\d{4}")) {
			// The masked form a result workbook shows: it cannot be paid to.
			hintFa = " این شماره مانند کاربرگ نتیجه پوشانده شده است؛ شمارهٔ کامل کارت را دوباره وارد کنید.";
			hintEn = " It is masked, as a result workbook shows it; enter the full card number again.";
		}
		else if (Normalization.isAsciiDigits(normalised, 0)) {
			hintFa = " این مقدار " + MessageText.digits(normalised.length()) + " رقم دارد.";
			hintEn = " It has " + normalised.length() + " digits.";
		}
		return Finding.error("CARD_FORMAT",
				fa(column) + MessageText.quote(value) + " شمارهٔ کارت نیست؛ شمارهٔ کارت ۱۶ رقم است." + hintFa,
				en(column) + "\"" + value + "\" is not a card number; a card number has 16 digits." + hintEn);
	}

	static Finding cardScientific(String column, String value) {
		return Finding.error("CARD_FORMAT", fa(column) + MessageText.quote(value)
				+ " به صورت نماد علمی نوشته شده و دقت آن از دست رفته است (اکسل فقط ۱۵ رقم نگه می‌دارد)؛ قالب ستون را "
				+ TEXT + " کنید و شماره را دوباره وارد کنید.",
				en(column) + "\"" + value
						+ "\" is in scientific notation, so precision was lost (Excel keeps only 15 digits); format the column as Text and enter the number again.");
	}

	static Finding cardChecksum(String column, String value, boolean maybeTruncated) {
		String fa = maybeTruncated
				? " اگر ستون عددی بوده، اکسل فقط ۱۵ رقم نگه داشته و رقم شانزدهم را صفر کرده است؛ قالب ستون را " + TEXT
						+ " کنید و شماره را دوباره وارد کنید."
				: " احتمالاً رقمی اشتباه تایپ شده است.";
		String en = maybeTruncated
				? " If the cell was a number, Excel kept only 15 digits and turned the 16th into 0; format the column as Text and enter the number again."
				: " A digit is probably mistyped.";
		return Finding.error("CARD_CHECKSUM",
				fa(column) + "رقم کنترلی کارت " + MessageText.quote(value) + " درست نیست ("
						+ MessageText.isolate("Luhn") + ")." + fa,
				en(column) + "the check digit of card \"" + value + "\" is wrong (Luhn)." + en);
	}

	static Finding cardUnknownBank(String column, String value, String bin) {
		return Finding.error("CARD_UNKNOWN_BANK",
				fa(column) + "پیش‌شمارهٔ " + MessageText.isolate(bin) + " کارت " + MessageText.quote(value)
						+ " متعلق به هیچ بانک ایرانی (شتاب) نیست.",
				en(column) + "BIN " + bin + " of card \"" + value + "\" belongs to no Iranian (Shetab) bank.");
	}

	static Finding cardNotSupported(String column, String provider) {
		return Finding.error("CARD_NOT_SUPPORTED",
				fa(column) + provider + " فقط به شبا واریز می‌کند؛ شبای گیرنده را به این ردیف اضافه کنید.",
				en(column) + provider + " pays only to a SHEBA; add the payee's SHEBA to this row.");
	}

	static Finding trackerFormat(String column, String value) {
		return Finding.error("TRACKER_FORMAT",
				fa(column) + MessageText.quote(value)
						+ " شناسهٔ پیگیری معتبر نیست؛ ۱ تا ۶۴ حرف لاتین، رقم، _ یا - مجاز است.",
				en(column) + "\"" + value + "\" is not a valid tracker; use 1 to 64 Latin letters, digits, _ or -.");
	}

	static Finding formulaValueUsed(String column, String value) {
		if (value.isEmpty()) {
			return Finding.warning("FORMULA_VALUE_USED", fa(column)
					+ "خانه فرمول است و نتیجهٔ ذخیره‌شده‌ای ندارد (فایل را اکسل ذخیره نکرده است)؛ تسویه فرمول را حساب نمی‌کند. فایل را در اکسل باز و ذخیره کنید.",
					en(column)
							+ "the cell is a formula with no saved result (Excel did not save the file); tasvieh does not calculate formulas. Open and save it in Excel.");
		}
		return Finding.warning("FORMULA_VALUE_USED",
				fa(column) + "خانه فرمول است؛ نتیجه‌ای که اکسل ذخیره کرده (" + MessageText.quote(value)
						+ ") به کار رفت و فرمول دوباره حساب نشد. آن را بررسی کنید.",
				en(column) + "the cell is a formula; the result Excel saved (\"" + value
						+ "\") was used, the formula was not calculated again. Check it.");
	}

	static Finding fieldTooLong(String column, int length, int max) {
		return Finding.error("FIELD_TOO_LONG",
				fa(column) + "متن " + MessageText.number(length) + " نویسه دارد و بیشترین اندازه "
						+ MessageText.number(max) + " نویسه است؛ آن را کوتاه کنید.",
				en(column) + "the text has " + Quotes.rials(length) + " characters; at most " + Quotes.rials(max)
						+ " are kept. Shorten it.");
	}

	private static String fa(String column) {
		return "ستون " + MessageText.quote(column) + ": ";
	}

	private static String en(String column) {
		return "Column \"" + column + "\": ";
	}

	private static String unitFa(AmountUnit unit) {
		return (unit == AmountUnit.IRT) ? "تومان" : "ریال";
	}

	private static String unitEn(AmountUnit unit) {
		return (unit == AmountUnit.IRT) ? "toman" : "rials";
	}

}
