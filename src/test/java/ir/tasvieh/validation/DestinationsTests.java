package ir.tasvieh.validation;

import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ir.tasvieh.sheet.MessageText;

import static ir.tasvieh.validation.Rows.CARDS;
import static ir.tasvieh.validation.Rows.VANDAR;
import static ir.tasvieh.validation.Rows.codes;
import static ir.tasvieh.validation.Rows.number;
import static ir.tasvieh.validation.Rows.only;
import static ir.tasvieh.validation.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

/** SHEBA and card columns through {@link PayoutRowValidator}: every destination code. */
class DestinationsTests {

	private static final String PARSIAN = "IR820540102680020817909002";

	private static final String KESHAVARZI = "6037701689095443";

	private final PayoutRowValidator validator = new PayoutRowValidator();

	private final SheetHeader header = Rows.header(null);

	@ParameterizedTest
	@CsvSource({ "IR550570022080013447370101, 057, بانک پاسارگاد (Bank Pasargad)",
			"IR200170000000000123456789, 017, بانک ملی ایران (Bank Melli Iran)",
			"IR260220170001010001101001, 022, بانک توسعه تعاون (Tose'e Ta'avon Bank)",
			"IR160120000000001234567890, 012, بانک ملت (Bank Mellat)",
			"IR500560000000000000000000, 056, بانک سامان (Saman Bank)",
			"IR160161000000000123456789, 016, بانک کشاورزی (Bank Keshavarzi)" })
	void paysAValidShebaAndNamesItsBank(String sheba, String code, String bank) {
		ValidatedRow row = sheba(sheba);
		assertThat(row.findings()).isEmpty();
		assertThat(row.sheba()).isEqualTo(sheba);
		assertThat(row.bankCode()).isEqualTo(code);
		assertThat(row.bankName()).isEqualTo(bank);
	}

	@ParameterizedTest
	@ValueSource(strings = { "820540102680020817909002", "IR82-0540-1026-8002-0817-9090-02",
			"IR٨٢٠٥٤٠١٠٢٦٨٠٠٢٠٨١٧٩٠٩٠٠٢", "IR82۰۵۴۰1026٨٠٠٢0817909002", "'IR820540102680020817909002",
			"\u200EIR82\u00A00540\u200C1026 8002\u200F0817 9090 02\uFEFF" })
	void normalisesTrickyShebaText(String raw) {
		ValidatedRow row = sheba(raw);
		assertThat(row.findings()).isEmpty();
		assertThat(row.sheba()).isEqualTo(PARSIAN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "IR820540102680020817909003", "IR820450102680020817909002", "IR012345678901234567890123",
			"IR020120000000101975503009", "IR010170000000000000000090", "IR990170000000000000000072",
			"IR000170000000000000000011" })
	void reportsAWrongShebaChecksum(String sheba) {
		ValidatedRow row = sheba(sheba);
		Finding finding = only(row, "SHEBA_CHECKSUM");
		assertThat(finding.messageEn()).contains("\"شماره شبا\"", sheba);
		assertThat(row.sheba()).isEqualTo(sheba);
		assertThat(row.bankCode()).isNull();
		Rows.assertWellFormed(row);
	}

	@Test
	void explainsThatReservedCheckDigitsAreNeverIssued() {
		assertThat(only(sheba("IR010170000000000000000090"), "SHEBA_CHECKSUM").messageEn()).contains("00, 01 and 99");
	}

	@ParameterizedTest
	@ValueSource(strings = { "IR82054010268002081790900", "IR27053000000100324200001", "IR8205401026800208179090021",
			"IR82O540102680020817909002", "DE89370400440532013000", "6037701689095443" })
	void reportsAMalformedSheba(String sheba) {
		ValidatedRow row = sheba(sheba);
		only(row, "SHEBA_FORMAT");
		assertThat(row.sheba()).isNull();
		assertThat(row.destinationType()).isEqualTo(DestinationType.SHEBA);
		Rows.assertWellFormed(row);
	}

	@Test
	void saysHowLongAShortShebaIsAndMasksACardInTheShebaColumn() {
		assertThat(only(sheba("IR82054010268002081790900"), "SHEBA_FORMAT").messageEn()).contains("25 characters");
		Finding card = only(sheba(KESHAVARZI), "SHEBA_FORMAT");
		assertThat(card.messageEn()).contains("603770******5443", "card number").doesNotContain(KESHAVARZI);
	}

	@Test
	void reportsLostPrecisionForANumberCellEvenWhenItPassesMod97() {
		assertThat(Sheba.parse("IR580170000000001000000000").valid()).isTrue();
		ValidatedRow row = sheba(number("580170000000001000000000", "5.80170000000001E+23"));
		Finding finding = only(row, "SHEBA_PRECISION_LOST");
		assertThat(finding.messageEn()).contains("15 significant digits", "\"شماره شبا\"");
		assertThat(row.sheba()).isNull();
		assertThat(row.valid()).isFalse();
	}

	@Test
	void reportsLostPrecisionForTruncatedNumberCellsAndScientificText() {
		assertThat(codes(sheba(number(820540102680020817909002d, "8.20540E+23"))))
			.containsExactly("SHEBA_PRECISION_LOST");
		assertThat(codes(sheba(number("20120000000101900000000", "2.01200000001019E+22"))))
			.containsExactly("SHEBA_PRECISION_LOST");
		Finding text = only(sheba("8.20540102680021E+23"), "SHEBA_PRECISION_LOST");
		assertThat(text.messageEn()).contains("scientific notation", "8.20540102680021E+23");
	}

	@ParameterizedTest
	@ValueSource(strings = { "IR180990000000000123456789", "IR062960000000100324200001" })
	void reportsAnUnknownShebaBank(String sheba) {
		Finding finding = only(sheba(sheba), "SHEBA_UNKNOWN_BANK");
		assertThat(finding.messageEn()).contains("bank code " + sheba.substring(4, 7));
	}

	@Test
	void warnsOfAMergedBankAndNamesItsSuccessor() {
		ValidatedRow ansar = sheba("IR040630000000000987654321");
		Finding finding = only(ansar, "SHEBA_BANK_MERGED");
		assertThat(finding.severity()).isEqualTo(Severity.WARNING);
		assertThat(finding.messageEn()).contains("Ansar Bank", "merged into Bank Sepah");
		assertThat(finding.messageFa()).contains("بانک انصار", "بانک سپه");
		assertThat(ansar.valid()).isTrue();
		assertThat(ansar.bankCode()).isEqualTo("063");
		Finding ayandeh = only(sheba("IR100620000000000111111111"), "SHEBA_BANK_MERGED");
		assertThat(ayandeh.messageEn()).contains("Bank Melli Iran");
		assertThat(ayandeh.messageFa()).contains("بانک ملی ایران");
	}

	@ParameterizedTest
	@CsvSource(quoteCharacter = '"',
			value = { "6037701689095443, 603770", "6219861034529007, 621986", "6037991234567893, 603799",
					"5892101234567895, 589210", "5022291234567897, 502229", "6104331234567890, 610433",
					"6219861912345674, 621986", "6273811234567896, 627381", "6362141234567890, 636214",
					"6037-7016-8909-5443, 603770", "۶۰۳۷۷۰۱۶۸۹۰۹۵۴۴۳, 603770", "٦٠٣٧٧٠١٦٨٩٠٩٥٤٤٣, 603770",
					"'6037701689095443, 603770" })
	void paysAValidCardWhenTheProviderTakesCards(String card, String bin) {
		ValidatedRow row = card(card, CARDS);
		assertThat(row.findings()).isEmpty();
		assertThat(row.destinationType()).isEqualTo(DestinationType.CARD);
		assertThat(row.destination()).isEqualTo(row.card()).hasSize(16);
		assertThat(row.bankCode()).isEqualTo(bin);
	}

	@Test
	void readsAProgramWrittenNumberCardCellExactly() {
		ValidatedRow row = card(number(6037701689095443d, "6.0377E+15"), CARDS);
		assertThat(row.findings()).isEmpty();
		assertThat(row.card()).isEqualTo(KESHAVARZI);
		assertThat(row.bankName()).isEqualTo("بانک کشاورزی (Bank Keshavarzi)");
	}

	@Test
	void hintsAtExcelTruncationWhenACardFailsLuhnAndEndsInZero() {
		Finding numeric = only(card(number(6037701689095440d, "6037701689095440"), CARDS), "CARD_CHECKSUM");
		assertThat(numeric.messageEn()).contains("15 digits", "603770******5440").doesNotContain("6037701689095440");
		assertThat(numeric.messageFa()).contains("۱۵ رقم");
		assertThat(only(card("6037701689095440", CARDS), "CARD_CHECKSUM").messageEn()).contains("15 digits");
		Finding typo = only(card("6037701689095434", CARDS), "CARD_CHECKSUM");
		assertThat(typo.messageEn()).contains("mistyped").doesNotContain("15 digits", "6037701689095434");
		assertThat(codes(card("6219861034529008", CARDS))).containsExactly("CARD_CHECKSUM");
		assertThat(codes(card("6037991234567890", CARDS))).containsExactly("CARD_CHECKSUM");
	}

	@ParameterizedTest
	@CsvSource({ "621986103452900, 15 digits", "60379912345678931, 17 digits",
			"IR820540102680020817909002, looks like a SHEBA" })
	void reportsAMalformedCard(String card, String hint) {
		ValidatedRow row = card(card, CARDS);
		Finding finding = only(row, "CARD_FORMAT");
		assertThat(finding.messageEn()).contains(hint, "\"شماره کارت\"");
		assertThat(row.card()).isNull();
		Rows.assertWellFormed(row);
	}

	@Test
	void asksForTheFullCardWhenTheCardIsMaskedAsAResultWorkbookShowsIt() {
		Finding finding = only(card("621986******1234", CARDS), "CARD_FORMAT");
		assertThat(finding.messageEn()).contains("masked", "enter the full card number again");
		assertThat(finding.messageFa()).contains("پوشانده");
	}

	@Test
	void saysPrecisionWasLostForAScientificCard() {
		Finding finding = only(card("6.0377016890954E+15", CARDS), "CARD_FORMAT");
		assertThat(finding.messageEn()).contains("precision was lost");
		assertThat(finding.messageFa()).contains("دقت");
	}

	@ParameterizedTest
	@ValueSource(strings = { "4111111111111111", "5555555555554444", "4444333322221111", "2222444499996666",
			"0000000000000000" })
	void reportsACardOfNoIranianBank(String card) {
		ValidatedRow row = card(card, CARDS);
		Finding finding = only(row, "CARD_UNKNOWN_BANK");
		assertThat(finding.messageEn()).contains("BIN " + card.substring(0, 6)).doesNotContain(card);
		assertThat(row.bankCode()).isNull();
	}

	@Test
	void refusesACardOnlyRowWhenTheProviderPaysOnlyShebas() {
		ValidatedRow row = card(KESHAVARZI, VANDAR);
		Finding finding = only(row, "CARD_NOT_SUPPORTED");
		assertThat(finding.messageEn()).contains("Vandar batch settlement", "\"شماره کارت\"");
		assertThat(finding.messageFa()).contains("Vandar batch settlement");
		assertThat(row.destinationType()).isEqualTo(DestinationType.CARD);
		assertThat(codes(card("6037701689095434", VANDAR))).containsExactly("CARD_CHECKSUM", "CARD_NOT_SUPPORTED");
	}

	@Test
	void paysTheShebaWhenARowHasBothAndStillChecksTheCard() {
		ValidatedRow both = validate(row("Ali", "1500000", PARSIAN, KESHAVARZI), VANDAR);
		assertThat(both.findings()).isEmpty();
		assertThat(both.destinationType()).isEqualTo(DestinationType.SHEBA);
		assertThat(both.destination()).isEqualTo(PARSIAN);
		assertThat(both.card()).isEqualTo(KESHAVARZI);
		assertThat(both.bankCode()).isEqualTo("054");
		assertThat(codes(validate(row("Ali", "1500000", PARSIAN, "6037701689095434"), VANDAR)))
			.containsExactly("CARD_CHECKSUM");
		assertThat(codes(validate(row("Ali", "1500000", PARSIAN, "60377016"), VANDAR))).containsExactly("CARD_FORMAT");
		assertThat(codes(validate(row("Ali", "1500000", PARSIAN, "4111111111111111"), VANDAR)))
			.containsExactly("CARD_UNKNOWN_BANK");
	}

	@Test
	void reportsAMissingDestinationByTheUsersColumnNames() {
		ValidatedRow row = validate(row("Ali", "1500000", " - ", "\u200C'"), CARDS);
		Finding finding = only(row, "DESTINATION_MISSING");
		assertThat(finding.messageFa()).contains(MessageText.quote("شماره شبا"), MessageText.quote("شماره کارت"));
		assertThat(row.destinationType()).isNull();
		assertThat(row.destination()).isNull();
	}

	private ValidatedRow sheba(Object sheba) {
		return validate(row("Ali", "1500000", sheba), VANDAR);
	}

	private ValidatedRow card(Object card, ValidationPolicy policy) {
		return validate(row("Ali", "1500000", "", card), policy);
	}

	private ValidatedRow validate(SheetRow row, ValidationPolicy policy) {
		return this.validator.validate(this.header, row, policy);
	}

}
