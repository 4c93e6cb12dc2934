package ir.tasvieh.sheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static ir.tasvieh.sheet.SampleSheetsData.grouped;
import static ir.tasvieh.sheet.SampleSheetsData.persianDigits;
import static ir.tasvieh.sheet.SampleSheetsData.sheba;

/**
 * The rows of {@code samples/payouts-errors.xlsx} and what tasvieh must say about each
 * with its defaults (NextPay {@code checkout_withoutfee}, {@code max-row-irr}
 * 10,000,000,000, {@code duplicate-payee=warn}). Each row carries one intended problem;
 * every SHEBA, card, tracker and amount is unique unless a row is about a duplicate.
 */
final class SampleSheetsErrors {

	static final List<String> HEADERS = List.of("name", "sheba", "card", "amount (IRR)", "tracker", "description",
			"department");

	static final Set<String> WARNINGS = Set.of("SHEBA_BANK_MERGED", "DUPLICATE_PAYEE");

	/**
	 * One data row: its cells under {@link #HEADERS} ({@code null} for no cell, a
	 * {@link Number} for a numeric cell) and the codes it must get.
	 */
	record Row(List<Object> cells, List<String> codes) {

		String status() {
			return this.codes.stream().allMatch(WARNINGS::contains) ? "READY" : "INVALID";
		}

	}

	private SampleSheetsErrors() {
	}

	static List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		String twice = sheba("019", 31_744_200_507L);
		// Fully valid rows; the descriptions look like formulas and must stay text.
		rows.add(row("مهدی کریمی", sheba("012", 4_812_093_311L), null, 12_500_000L, "emp-1001", "حقوق آذر", "مالی"));
		rows.add(row("فاطمه موسوی", sheba("017", 120_034_876_543L), null, 8_750_000L, null, "=SUM(D2:D3)", "فروش"));
		rows.add(row("رضا جعفری", sheba("056", 8_400_117_093L), null, 21_300_000L, "emp-1003", "+98 912 000 0000",
				"فناوری اطلاعات"));
		rows.add(row("نرگس صادقی", sheba("054", 27_093_004_118L), "6219861034529007", 4_600_000L, null, "@finance-team",
				"منابع انسانی"));
		rows.add(row("امیر رحیمی", sheba("057", 2_280_009_797L), null, 3_150_000L, "emp-1005", "-500000 کسر شد",
				"فروش"));
		// One problem per row.
		rows.add(row("  ", sheba("018", 60_441_250_019L), null, 5_500_000L, null, "نام خالی", "مالی", "NAME_MISSING"));
		rows.add(row("سارا کاظمی", sheba("015", 7_700_310_442L), null, "abc", null, "مبلغ متنی", "فروش",
				"AMOUNT_INVALID"));
		rows.add(row("حمید نوری", sheba("016", 50_912_774_001L), null, 0L, null, "مبلغ صفر", "فروش", "AMOUNT_INVALID"));
		rows.add(row("الهام طاهری", sheba("055", 118_220_034_517L), null, -2_500_000L, null, "مبلغ منفی", "مالی",
				"AMOUNT_INVALID"));
		rows.add(row("کاوه قاسمی", sheba("053", 9_100_002_783L), null, 100.5, null, "مبلغ اعشاری", "مالی",
				"AMOUNT_INVALID"));
		rows.add(row("بهاره شریفی", sheba("061", 700_796_858_044L), null, 12_000_000_000L, null, "بیش از سقف هر ردیف",
				"مدیریت", "AMOUNT_OUT_OF_RANGE"));
		rows.add(row("آرش عباسی", null, null, 6_200_000L, null, "بی‌مقصد", "فروش", "DESTINATION_MISSING"));
		rows.add(row("کیوان اکبری", "IR27053000000100324200001", null, 7_300_000L, null, "۲۵ نویسه", "فروش",
				"SHEBA_FORMAT"));
		rows.add(row("لیلا یزدانی", "IR82O540102680020817909002", null, 7_450_000L, null, "حرف O به جای صفر", "فروش",
				"SHEBA_FORMAT"));
		rows.add(row("سمیرا فرهادی", "IR820540102680020817909003", null, 9_800_000L, null, "رقم آخر اشتباه", "مالی",
				"SHEBA_CHECKSUM"));
		rows.add(row("مصطفی کیانی", "IR010170000000000000000090", null, 9_950_000L, null, "رقم کنترلی رزرو ۰۱", "مالی",
				"SHEBA_CHECKSUM"));
		rows.add(row("محسن ملکی", 160120000000001234567890d, null, 10_250_000L, null, "شبا در خانه عددی", "فروش",
				"SHEBA_PRECISION_LOST"));
		rows.add(row("نازنین زارعی", "8.20540102680021E+23", null, 10_400_000L, null, "نماد علمی", "فروش",
				"SHEBA_PRECISION_LOST"));
		rows.add(row("هستی سلطانی", "IR180990000000000123456789", null, 11_100_000L, null, "بانک ناشناخته", "مالی",
				"SHEBA_UNKNOWN_BANK"));
		rows.add(row("بابک تهرانی", "IR040630000000000987654321", null, 11_600_000L, null, "بانک انصار ادغام شده",
				"مالی", "SHEBA_BANK_MERGED"));
		rows.add(row("ژیلا شیرازی", sheba("012", 3_300_412_876L), "621986103452900", 13_200_000L, null, "کارت ۱۵ رقمی",
				"فروش", "CARD_FORMAT"));
		rows.add(row("علی بهرامی", sheba("017", 44_019_283_746L), "6219861034529008", 13_700_000L, null,
				"کارت با رقم کنترلی اشتباه", "فروش", "CARD_CHECKSUM"));
		rows.add(row("محمد میرزایی", sheba("056", 5_566_778_899L), "4111111111111111", 14_300_000L, null, "کارت ویزا",
				"فروش", "CARD_UNKNOWN_BANK"));
		rows.add(row("زهرا اصفهانی", null, "6037701689095443", 14_900_000L, null, "فقط کارت", "مالی",
				"CARD_NOT_SUPPORTED"));
		rows.add(row("حسین نجفی", sheba("054", 61_204_937_002L), null, 15_250_000L, "bad tracker!", "شناسه بد", "مالی",
				"TRACKER_FORMAT"));
		rows.add(row("مریم افشار", sheba("057", 8_844_120_554L), null, 16_100_000L, "bonus-7001", "شناسه تکراری",
				"فروش", "TRACKER_DUPLICATE"));
		rows.add(row("سعید پاکزاد", sheba("018", 90_017_356_228L), null, 16_800_000L, "bonus-7001", "شناسه تکراری",
				"فروش", "TRACKER_DUPLICATE"));
		rows.add(row("پریسا محمدی", twice, null, 17_500_000L, null, "پرداخت اول", "مالی"));
		rows.add(row("پریسا محمدی", twice, null, 17_500_000L, null, "همان پرداخت دوباره", "مالی", "DUPLICATE_PAYEE"));
		// Tricky but valid: every one normalises to a valid SHEBA, card or amount.
		rows.add(row("یاسمن حسینی", persianDigits(sheba("015", 3_910_227_465L)), null, 18_200_000L, "emp-1030",
				"شبا با رقم فارسی", "فروش"));
		rows.add(row("مجید احمدی", grouped(sheba("016", 72_005_118_390L), " "), null, 18_650_000L, null, "شبا با فاصله",
				"فروش"));
		rows.add(row("شیرین رضایی", grouped(sheba("055", 6_120_448_017L), "-"), null, 19_300_000L, null,
				"شبا با خط تیره", "مالی"));
		rows.add(row("ابوالفضل کریمی", "ir" + sheba("053", 14_700_902_366L).substring(2), null, 19_900_000L, null,
				"ir کوچک", "مالی"));
		rows.add(row("نیلوفر جعفری", "'" + sheba("061", 2_003_344_556L), null, 20_450_000L, "emp-1034",
				"آپاستروف اول شبا", "فروش"));
		rows.add(row("علی صادقی", sheba("012", 88_120_045_771L), null, "۳٬۷۵۰٬۰۰۰", null, "مبلغ با رقم فارسی", "فروش"));
		rows.add(
				row("فاطمه رحیمی", sheba("017", 9_300_812_004L), null, "4,200,000", null, "مبلغ متنی با کاما", "مالی"));
		rows.add(row("حسین کاظمی", sheba("019", 500_120_993L), "6037-9912-3456-7893", 22_800_000L, null,
				"کارت با خط تیره", "مالی"));
		return rows;
	}

	/** The content of {@code payouts-errors.expected.csv}. */
	static String expectedCsv() {
		StringBuilder csv = new StringBuilder("row,status,codes\n");
		List<Row> rows = rows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			csv.append(i + 2).append(',').append(row.status()).append(',').append(String.join("|", row.codes()));
			csv.append('\n');
		}
		return csv.toString();
	}

	private static Row row(String name, Object sheba, String card, Object amount, String tracker, String description,
			String department, String... codes) {
		return new Row(Arrays.asList(name, sheba, card, amount, tracker, description, department), List.of(codes));
	}

}
