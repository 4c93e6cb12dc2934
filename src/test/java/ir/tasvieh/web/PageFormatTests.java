package ir.tasvieh.web;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import ir.tasvieh.sheet.MessageText;

import static org.assertj.core.api.Assertions.assertThat;

class PageFormatTests {

	private final PageFormat fmt = new PageFormat();

	@AfterEach
	void forgetTheLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void writesRialsWithPersianDigitsAndTheArabicThousandsSeparatorInPersian() {
		LocaleContextHolder.setLocale(PageLocales.PERSIAN);
		assertThat(this.fmt.num(12_345_000L)).isEqualTo("۱۲٬۳۴۵٬۰۰۰");
		assertThat(this.fmt.num(999L)).isEqualTo("۹۹۹");
		assertThat(this.fmt.num(0L)).isEqualTo("۰");
	}

	@Test
	void writesRialsWithAsciiDigitsAndCommasInEnglish() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.num(12_345_000L)).isEqualTo("12,345,000");
		assertThat(this.fmt.num(1_000L)).isEqualTo("1,000");
		assertThat(this.fmt.num(-2_500_000L)).isEqualTo("-2,500,000");
	}

	@Test
	void writesTomansExactlyWithTheDecimalOnlyWhenTheRialsAreNotAMultipleOfTen() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.toman(12_345_000L)).isEqualTo("1,234,500");
		assertThat(this.fmt.toman(12_345L)).isEqualTo("1,234.5");
		assertThat(this.fmt.toman(5L)).isEqualTo("0.5");
		LocaleContextHolder.setLocale(PageLocales.PERSIAN);
		assertThat(this.fmt.toman(12_345L)).isEqualTo("۱٬۲۳۴٫۵");
	}

	@Test
	void writesTehranTimeInTheJalaliCalendarInBothLanguages() {
		// 2026-11-23 10:00:05 UTC is 13:30:05 in Tehran on 2 Azar 1405.
		Instant instant = Instant.parse("2026-11-23T10:00:05Z");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.date(instant)).isEqualTo("1405-09-02 13:30:05");
		LocaleContextHolder.setLocale(PageLocales.PERSIAN);
		assertThat(this.fmt.date(instant)).isEqualTo("۱۴۰۵-۰۹-۰۲ ۱۳:۳۰:۰۵");
	}

	@Test
	void showsADashForWhatIsNotThere() {
		assertThat(this.fmt.num(null)).isEqualTo("—");
		assertThat(this.fmt.toman(null)).isEqualTo("—");
		assertThat(this.fmt.date(null)).isEqualTo("—");
		assertThat(this.fmt.digits(null)).isEqualTo("—");
	}

	@Test
	void turnsOnlyTheDigitsOfATextPersian() {
		LocaleContextHolder.setLocale(PageLocales.PERSIAN);
		assertThat(this.fmt.digits("run 42")).isEqualTo("run ۴۲");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.digits(42)).isEqualTo("42");
	}

	@Test
	void namesABankInThePagesLanguage() {
		LocaleContextHolder.setLocale(PageLocales.PERSIAN);
		assertThat(this.fmt.bank("بانک ملت (Bank Mellat)")).isEqualTo("بانک ملت");
		assertThat(this.fmt.bank("بانک انصار (ادغام در بانک سپه) (Ansar Bank (merged into Bank Sepah))"))
			.isEqualTo("بانک انصار (ادغام در بانک سپه)");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.bank("بانک ملت (Bank Mellat)")).isEqualTo("Bank Mellat");
		assertThat(this.fmt.bank("بانک انصار (ادغام در بانک سپه) (Ansar Bank (merged into Bank Sepah))"))
			.isEqualTo("Ansar Bank (merged into Bank Sepah)");
		assertThat(this.fmt.bank("بانک صنعت و معدن (Bank of Industry and Mine (Sanat va Madan))"))
			.isEqualTo("Bank of Industry and Mine (Sanat va Madan)");
		assertThat(this.fmt.bank("Some Bank")).isEqualTo("Some Bank");
		assertThat(this.fmt.bank(null)).isEqualTo("—");
	}

	@Test
	void givesWholePercentsAndNothingOfAnEmptyWhole() {
		assertThat(this.fmt.percent(1, 3)).isEqualTo(33);
		assertThat(this.fmt.percent(10, 10)).isEqualTo(100);
		assertThat(this.fmt.percent(0, 0)).isZero();
	}

	@Test
	void showsEachIsolatedValueOfAMessageAsBdiAndEscapesEverythingElse() {
		String message = "ستون " + MessageText.quote("amount (IRR)") + ": " + MessageText.quote("<b>abc</b>")
				+ " عدد نیست";
		assertThat(this.fmt.isolated(message))
			.isEqualTo("ستون «<bdi>amount (IRR)</bdi>»: «<bdi>&lt;b&gt;abc&lt;/b&gt;</bdi>» عدد نیست");
	}

	@Test
	void closesAnIsolateLeftOpenAndDropsAStrayEnd() {
		assertThat(this.fmt.isolated("a\u2069 b \u2068c")).isEqualTo("a b <bdi>c</bdi>");
		assertThat(this.fmt.isolated(null)).isEqualTo("—");
	}

}
