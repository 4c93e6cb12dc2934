package ir.tasvieh.sheet;

import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic, synthetic payee data for the sample sheets: Persian names of Iranian people,
 * SHEBAs of several banks with check digits computed by ISO 7064 mod 97, and the
 * spellings people type identifiers in. None of the accounts is real.
 */
final class SampleSheetsData {

	static final List<String> FIRST_NAMES = List.of("علی", "محمد", "حسین", "رضا", "مهدی", "فاطمه", "زهرا", "مریم",
			"سارا", "نرگس", "امیر", "سعید", "نیلوفر", "پریسا", "حمید", "مجید", "الهام", "شیرین", "کاوه", "بهاره",
			"یاسمن", "آرش", "کیوان", "لیلا", "سمیرا", "مصطفی", "ابوالفضل", "محسن", "نازنین", "هستی", "بابک", "ژیلا");

	static final List<String> LAST_NAMES = List.of("محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری",
			"صادقی", "رحیمی", "کاظمی", "نوری", "طاهری", "قاسمی", "شریفی", "عباسی", "اکبری", "یزدانی", "فرهادی", "کیانی",
			"ملکی", "زارعی", "سلطانی", "تهرانی", "شیرازی", "بهرامی", "میرزایی", "اصفهانی", "نجفی", "افشار", "پاکزاد");

	/**
	 * Active banks with their SHEBA codes: Mellat, Melli, Saman, Parsian, Pasargad,
	 * Tejarat, Sepah, Saderat, Keshavarzi, Eghtesad Novin, Karafarin, Shahr.
	 */
	static final List<String> BANKS = List.of("012", "017", "056", "054", "057", "018", "015", "019", "016", "055",
			"053", "061");

	private SampleSheetsData() {
	}

	/** A valid SHEBA: bank code, account-type digit 0, 18-digit account, mod-97 check. */
	static String sheba(String bank, long account) {
		return shebaOf(bank + "0" + String.format("%018d", account));
	}

	/** A random valid SHEBA of the given bank. */
	static String sheba(String bank, SplittableRandom random) {
		return sheba(bank, random.nextLong(1_000_000_000L, 999_999_999_999L));
	}

	/** The SHEBA of a 22-digit BBAN: check digits are 98 - (BBAN + "182700") mod 97. */
	static String shebaOf(String bban) {
		int check = 98 - new BigInteger(bban + "182700").mod(BigInteger.valueOf(97)).intValue();
		return String.format("IR%02d%s", check, bban);
	}

	/** Whether a normalised SHEBA passes mod 97 with generable check digits (02..98). */
	static boolean checksumValid(String sheba) {
		String digits = sheba.substring(4) + "1827" + sheba.substring(2, 4);
		int check = Integer.parseInt(sheba.substring(2, 4));
		return check >= 2 && check <= 98 && new BigInteger(digits).mod(BigInteger.valueOf(97)).intValue() == 1;
	}

	static String name(SplittableRandom random) {
		return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size())) + " "
				+ LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
	}

	/** Amounts in rials, a multiple of 10,000 between 1,000,000 and 50,000,000. */
	static long amount(SplittableRandom random) {
		return random.nextLong(100, 5_001) * 10_000L;
	}

	static String persianDigits(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append((c >= '0' && c <= '9') ? (char) ('\u06F0' + (c - '0')) : c);
		}
		return out.toString();
	}

	/** The printed form: groups of four from the left, separated by {@code separator}. */
	static String grouped(String value, String separator) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length(); i += 4) {
			out.append((i > 0) ? separator : "").append(value, i, Math.min(i + 4, value.length()));
		}
		return out.toString();
	}

}
