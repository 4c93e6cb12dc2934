package ir.tasvieh.sheet;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.util.CellReference;

/**
 * Builds the whole-sheet rejections of this package, each naming the file (never its full
 * path) in Persian and English.
 */
final class Rejections {

	private static final int MAX_LISTED_CELLS = 20;

	private Rejections() {
	}

	static SheetRejected unreadable(String file, String whyFa, String whyEn, Throwable cause) {
		return new SheetRejected("UNREADABLE", "فایل " + q(file) + " خوانده نشد: " + whyFa,
				"Cannot read " + file + ": " + whyEn, cause);
	}

	static SheetRejected unreadable(String file, Throwable cause) {
		return unreadable(file,
				"فایل آسیب دیده است یا قالب آن " + i("xlsx") + "، " + i("xls") + " یا " + i("csv") + " نیست.",
				"the file is damaged or is not an .xlsx, .xls or .csv sheet.", cause);
	}

	static SheetRejected encrypted(String file, Throwable cause) {
		return new SheetRejected("ENCRYPTED", "فایل " + q(file) + " رمز دارد. رمز را بردارید و فایل را دوباره بفرستید.",
				file + " is password-protected (encrypted). Remove the password and send it again.", cause);
	}

	static SheetRejected empty(String file) {
		return new SheetRejected("EMPTY", "فایل " + q(file) + " هیچ ردیفی ندارد.", file + " has no rows.");
	}

	static SheetRejected noDataRows(String file) {
		return new SheetRejected("EMPTY", "فایل " + q(file) + " سطر عنوان دارد ولی هیچ ردیف پرداختی ندارد.",
				file + " has a header row but no payout rows.");
	}

	static SheetRejected tooManyColumns(String file, SheetRow header, int max) {
		String last = letter(header.cells().size() - 1);
		return new SheetRejected("TOO_MANY_COLUMNS",
				"سطر عنوان فایل " + q(file) + " (سطر " + d(header.rowNumber()) + ") تا ستون " + i(last)
						+ " ادامه دارد، یعنی " + d(header.cells().size()) + " ستون؛ بیش از " + d(max)
						+ " ستون جا برای ستون‌های نتیجه نمی‌گذارد. ستون‌های اضافه را پاک کنید.",
				file + ": the header row (row " + header.rowNumber() + ") reaches column " + last + ", "
						+ header.cells().size() + " columns; more than " + max
						+ " leave no room for the result columns. Delete the columns that are not needed.");
	}

	static SheetRejected nulBytes(String file, long line) {
		String where = (line > 0) ? " (خط " + d(line) + ")" : "";
		String whereEn = (line > 0) ? " (line " + line + ")" : "";
		return new SheetRejected("UNREADABLE",
				"فایل " + q(file) + " نویسهٔ " + i("NUL") + " دارد" + where + " که در متن " + i("CSV")
						+ " نمی‌آید: شاید فایل دودویی است یا " + i("UTF-16") + " بدون " + i("BOM") + "؛ آن را با قالب "
						+ q("CSV UTF-8") + " ذخیره کنید.",
				"Cannot read " + file + ": it contains NUL bytes" + whereEn
						+ ", which CSV text never has: it may be binary, or UTF-16 without a byte-order mark; save it as \"CSV UTF-8\".");
	}

	static SheetRejected unclosedQuote(String file, int row, Throwable cause) {
		return new SheetRejected("UNREADABLE",
				"فایل " + q(file) + ": گیومهٔ (\") خانه‌ای در ردیف " + d(row)
						+ " باز شده و بسته نشده است؛ گیومه‌های آن ردیف را درست کنید.",
				"Cannot read " + file + ": a quoted field (\") opened in row " + row
						+ " is never closed; fix the quotes in that row.",
				cause);
	}

	static SheetRejected lineTooLong(String file, long line, int max) {
		return new SheetRejected("UNREADABLE",
				"فایل " + q(file) + ": خط " + d(line) + " بیش از " + d(max)
						+ " نویسه دارد؛ چنین خطی در کاربرگ پرداخت نمی‌آید.",
				"Cannot read " + file + ": line " + line + " is longer than " + max
						+ " characters; no payout sheet has such a line.");
	}

	static SheetRejected mixedEncodings(String file, long utf8Line, long otherLine) {
		return new SheetRejected("UNREADABLE",
				"فایل " + q(file) + " دو رمزگذاری دارد: خط " + d(utf8Line) + " با " + i("UTF-8") + " نوشته شده و خط "
						+ d(otherLine) + " با رمزگذاری دیگری (مانند " + i("Windows-1256")
						+ ")؛ نام‌ها درست خوانده نمی‌شوند. آن را با قالب " + q("CSV UTF-8") + " ذخیره کنید.",
				"Cannot read " + file + ": it mixes two encodings: line " + utf8Line + " is UTF-8 and line " + otherLine
						+ " is another (such as Windows-1256), so names would be garbled. Save it as \"CSV UTF-8\".");
	}

	/**
	 * No header among the first rows read.
	 * @param closest the row that came closest to a header
	 * @param searched how many non-blank rows were looked at
	 */
	static SheetRejected noHeader(String file, SheetRow closest, List<String> missing, int searched) {
		String foundFa = listed(closest, "", "", "، ", true);
		String found = listed(closest, "\"", "\"", ", ", false);
		String missingList = String.join(", ", missing);
		String fa = "فایل " + q(file) + " در " + d(searched)
				+ " سطر غیرخالی نخست خود سطر عنوانی با ستون‌های لازم ندارد (سطر عنوان می‌تواند هر یک از " + d(20)
				+ " سطر نخست باشد). نزدیک‌ترین سطر، سطر " + d(closest.rowNumber()) + "، این عنوان‌ها را دارد: "
				+ foundFa + "؛ ستون‌های پیدانشده: " + q(missingList) + ". " + "ستون‌های لازم: نام (" + i("name")
				+ "، نام و نام خانوادگی، نام صاحب حساب)، مبلغ (" + i("amount") + "، مبلغ (ریال)، مبلغ (تومان)) و شبا ("
				+ i("sheba") + "، " + i("iban") + "، شماره شبا) یا کارت (" + i("card") + "، " + i("pan")
				+ "، شماره کارت).";
		String en = file + " has no header row with the required columns among its first " + searched
				+ " non-empty rows (the header may be any of the first 20). Missing: " + missingList + ". Found in row "
				+ closest.rowNumber() + ": " + found + " (the row closest to a header). "
				+ "Expected: name (or account holder, نام, نام و نام خانوادگی), amount (or amount (IRR), "
				+ "amount (toman), مبلغ), and sheba (or iban, شبا, شماره شبا) or card (or card number, pan, "
				+ "شماره کارت).";
		return new SheetRejected("NO_HEADER", fa, en);
	}

	static SheetRejected duplicateColumn(String file, Column column, List<String> names, int first, int second) {
		String canonical = column.name().toLowerCase(java.util.Locale.ROOT);
		return new SheetRejected("DUPLICATE_COLUMN",
				"در فایل " + q(file) + " دو ستون " + q(names.get(first)) + " (" + i(letter(first)) + ") و "
						+ q(names.get(second)) + " (" + i(letter(second)) + ") هر دو ستون " + q(canonical)
						+ " هستند. یکی را حذف یا نام آن را عوض کنید.",
				file + ": columns \"" + names.get(first) + "\" (" + letter(first) + ") and \"" + names.get(second)
						+ "\" (" + letter(second) + ") both mean " + canonical + ". Remove one of them or rename it.");
	}

	private static String listed(SheetRow row, String open, String close, String separator, boolean persian) {
		List<String> texts = row.cells()
			.stream()
			.map(SheetCell::text)
			.map(String::strip)
			.filter((text) -> !text.isEmpty())
			.collect(Collectors.toList());
		String shown = texts.stream()
			.limit(MAX_LISTED_CELLS)
			.map((t) -> persian ? q(t) : open + t + close)
			.collect(Collectors.joining(separator));
		return (texts.size() > MAX_LISTED_CELLS) ? shown + separator + "…" : shown;
	}

	private static String q(Object value) {
		return MessageText.quote(value);
	}

	private static String i(Object value) {
		return MessageText.isolate(value);
	}

	private static String d(long value) {
		return MessageText.digits(value);
	}

	private static String letter(int index) {
		return CellReference.convertNumToColString(index);
	}

}
