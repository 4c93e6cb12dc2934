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

	@Test
	void listsNamesToChooseFromEachIsolatedInAPersianList() {
		assertThat(MessageText.oneOf("PAID", "FAILED", "NOT_RECEIVED"))
			.isEqualTo("\u2068PAID\u2069، \u2068FAILED\u2069 یا \u2068NOT_RECEIVED\u2069");
		assertThat(MessageText.oneOf("nextpay")).isEqualTo("\u2068nextpay\u2069");
	}

	@Test
	void isolatesEncodingsFormatsAndColumnLettersInsideTheSheetsPersianRejections() {
		List<SheetCell> cells = List.of(SheetCell.text("Payee"), SheetCell.text("Sum"), SheetCell.text("IBAN 2"));
		List<SheetRejected> rejections = List.of(Rejections.mixedEncodings("pay.csv", 3, 41),
				Rejections.nulBytes("pay.csv", 7), Rejections.unreadable("pay.bin", null),
				Rejections.duplicateColumn("pay.xlsx", Column.AMOUNT, List.of("amount", "Amount (IRR)"), 0, 1),
				Rejections.noHeader("pay.xlsx", new SheetRow(4, cells), List.of("name (نام)", "amount (مبلغ)"), 12),
				Rejections.tooManyColumns("pay.xlsx", new SheetRow(2,
						java.util.stream.IntStream.range(0, 30).mapToObj((i) -> SheetCell.text("c" + i)).toList()),
						25));
		rejections.forEach((rejected) -> assertReadsInOrder(rejected.messageFa()));
		assertThat(rejections.get(0).messageFa()).contains("با \u2068UTF-8\u2069 نوشته شده", "خط ۴۱",
				"(مانند \u2068Windows-1256\u2069)");
		assertThat(rejections.get(3).messageFa()).contains("(\u2068A\u2069) و", "(\u2068B\u2069) هر دو");
		assertThat(rejections.get(5).messageFa()).contains("تا ستون \u2068AD\u2069");
	}

	@Test
	void isolatesTheLatinNamesInThePersianHelpOfTheTemplate() {
		TemplateTextFa.TEXT.columnHelp().forEach(MessageTextTests::assertReadsInOrder);
		TemplateTextFa.TEXT.notes().forEach((note) -> note.forEach(MessageTextTests::assertReadsInOrder));
	}

	/**
	 * A Persian message reads in order: outside its isolates there is no Latin letter and
	 * no ASCII digit, and every isolate is closed.
	 */
	public static void assertReadsInOrder(String message) {
		assertThat(message).containsPattern("[\u0600-\u06FF]");
		assertThat(outsideIsolates(message)).as(message).doesNotContainPattern("[A-Za-z0-9\u2068\u2069]");
	}

	/** The sentence without the isolated values, where only Persian digits belong. */
	static String outsideIsolates(String message) {
		return message.replaceAll("\u2068[^\u2069]*\u2069", "");
	}

}
