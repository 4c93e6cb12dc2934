package ir.tasvieh.sheet;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTextTests {

	@Test
	void isolatesAQuotedLatinValueSoThePersianSentenceKeepsItsOrder() {
		String message = "ستون " + MessageText.quote("amount (IRR)") + ": " + MessageText.quote("abc") + " عدد نیست";
		assertThat(message).isEqualTo("ستون «\u2068amount (IRR)\u2069»: «\u2068abc\u2069» عدد نیست");
	}

	@Test
	void dropsDirectionMarksInsideAValueSoItCannotEndItsIsolateEarlyOrOverrideTheSentence() {
		assertThat(MessageText.isolate("evil\u2069\u202Etxt.xlsx\u200F")).isEqualTo("\u2068eviltxt.xlsx\u2069");
	}

	@Test
	void writesCountsAndRowNumbersInPersianDigitsAndAmountsWithThePersianSeparator() {
		assertThat(MessageText.digits(29)).isEqualTo("۲۹");
		assertThat(MessageText.number(1_234_567)).isEqualTo("۱٬۲۳۴٬۵۶۷");
		assertThat(MessageText.number(-5_000)).isEqualTo("-۵٬۰۰۰");
		assertThat(MessageText.persianDigits("row 12 of 3a")).isEqualTo("row ۱۲ of ۳a");
	}

	@Test
	void givesTheTextWithoutIsolatesForATerminal() {
		assertThat(MessageText.withoutIsolates(MessageText.quote("x.csv"))).isEqualTo("«x.csv»");
	}

	@Test
	void namesTheUsersOwnFileNameIsolatedInARejection() {
		SheetRejected rejected = Rejections.empty("حقوق azar 1405.xlsx");
		assertThat(rejected.messageFa()).isEqualTo("فایل «\u2068حقوق azar 1405.xlsx\u2069» هیچ ردیفی ندارد.");
	}

	@Test
	void countsTheColumnsOfATooWideHeaderInPersianDigitsInsideThePersianSentence() {
		List<SheetCell> cells = java.util.stream.IntStream.range(0, 30)
			.mapToObj((i) -> SheetCell.text("c" + i))
			.toList();
		SheetRejected rejected = Rejections.tooManyColumns("pay.xlsx", new SheetRow(12, cells), 25);
		assertThat(MessageTextTests.outsideIsolates(rejected.messageFa())).contains("۳۰ ستون", "بیش از ۲۵", "سطر ۱۲")
			.doesNotContainPattern("[0-9]");
	}

	/** The sentence without the isolated values, where only Persian digits belong. */
	static String outsideIsolates(String message) {
		return message.replaceAll("\u2068[^\u2069]*\u2069", "");
	}

}
