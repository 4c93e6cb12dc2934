package ir.tasvieh.validation;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** SHEBA format and mod-97 rules with the values of validation.md sections 4.1-4.4. */
class ShebaTests {

	private static final String PARSIAN = "IR820540102680020817909002";

	@ParameterizedTest
	@CsvSource({ "IR820540102680020817909002, 054", "IR550570022080013447370101, 057",
			"IR790610000000700796858044, 061", "IR200170000000000123456789, 017", "IR260220170001010001101001, 022",
			"IR160120000000001234567890, 012", "IR240150000000000000000001, 015", "IR160161000000000123456789, 016",
			"IR020170000000000000000072, 017", "IR980170000000000000000090, 017", "IR050170000000000000000018, 017" })
	void acceptsPublishedAndSyntheticShebas(String value, String bankCode) {
		Sheba.Parsed parsed = Sheba.parse(value);
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.normalised()).isEqualTo(value);
		assertThat(parsed.sheba().bankCode()).isEqualTo(bankCode);
	}

	@ParameterizedTest
	@ValueSource(strings = { "820540102680020817909002", "ir820540102680020817909002",
			"IR82 0540 1026 8002 0817 9090 02", "IR82-0540-1026-8002-0817-9090-02", " IR 820540102680020817909002\t",
			"'IR820540102680020817909002", "IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲", "IR٨٢٠٥٤٠١٠٢٦٨٠٠٢٠٨١٧٩٠٩٠٠٢",
			"IR82۰۵۴۰1026٨٠٠٢0817909002", "\u200EIR82\u00A00540\u200C1026 8002\u200F0817 9090 02\uFEFF",
			"ＩＲ８２０５４０１０２６８００２０８１７９０９００２", "IR82\u20130540\u20141026\u22128002\u20100817909002",
			"\u202BIR820540102680020817909002\u202C", "IR820540102680020817909002\u200B" })
	void normalisesTrickyInputToTheSameSheba(String raw) {
		Sheba.Parsed parsed = Sheba.parse(raw);
		assertThat(parsed.problem()).isNull();
		assertThat(parsed.normalised()).isEqualTo(PARSIAN);
	}

	@Test
	void normalisesIrregularGrouping() {
		assertThat(Sheba.parse("IR 150120 0000 0000 5637 7655 38").normalised())
			.isEqualTo("IR150120000000005637765538");
		assertThat(Sheba.parse("IR 390 5700 228 80000 979726 001").valid()).isTrue();
	}

	@Test
	void upperCasesLowerCaseIrUnderATurkishDefaultLocale() {
		Locale previous = Locale.getDefault();
		Locale.setDefault(new Locale("tr"));
		try {
			assertThat("ir".toUpperCase()).isNotEqualTo("IR");
			Sheba.Parsed parsed = Sheba.parse("ir820540102680020817909002");
			assertThat(parsed.valid()).isTrue();
			assertThat(parsed.normalised()).isEqualTo(PARSIAN);
		}
		finally {
			Locale.setDefault(previous);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "IR040630000000000987654321", "IR100620000000000111111111", "IR180990000000000123456789",
			"IR062960000000100324200001", "IR500560000000000000000000", "IR580170000000001000000000",
			"IR580170000000001123456847" })
	void acceptsChecksumValidValuesWhoseBankIsDecidedElsewhere(String value) {
		assertThat(Sheba.parse(value).valid()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "IR820540102680020817909003, 28", "IR820450102680020817909002, 41", "IR012345678901234567890123, 82",
			"IR020120000000101975503009, 54" })
	void rejectsWrongChecksumWithTheDocumentedRemainder(String value, int remainder) {
		assertThat(Sheba.mod97(value)).isEqualTo(remainder);
		assertThat(Sheba.parse(value).problem()).isEqualTo(Sheba.Problem.CHECKSUM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "IR010170000000000000000090", "IR990170000000000000000072", "IR000170000000000000000011" })
	void rejectsReservedCheckDigitsThatStillPassMod97(String value) {
		assertThat(Sheba.mod97(value)).isEqualTo(1);
		Sheba.Parsed parsed = Sheba.parse(value);
		assertThat(parsed.problem()).isEqualTo(Sheba.Problem.RESERVED_CHECK_DIGITS);
		assertThat(parsed.wellFormed()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new Sheba(value));
	}

	@Test
	void acceptsTheLowestAndHighestIssuedCheckDigits() {
		assertThat(new Sheba("IR020170000000000000000072").value()).startsWith("IR02");
		assertThat(new Sheba("IR980170000000000000000090").value()).startsWith("IR98");
	}

	@ParameterizedTest
	@ValueSource(strings = { "IR82054010268002081790900", "IR27053000000100324200001", "IR8205401026800208179090021",
			"IR82O540102680020817909002", "DE89370400440532013000", "6037701689095443", "IRIR820540102680020817909002",
			"IR82.0540.1026.8002.0817.9090.02", "IR८२०५४०१०२६८००२०८१७९०९००२", "''IR820540102680020817909002" })
	void rejectsMalformedValuesAsFormat(String value) {
		assertThat(Sheba.parse(value).problem()).isEqualTo(Sheba.Problem.FORMAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.20540102680021E+23", "8.20540E+23", "8,20540102680021e23", " 8.2E+23 ", "۸٫۲۰۵۴E+23" })
	void rejectsScientificNotationBeforeStrippingSeparators(String value) {
		Sheba.Parsed parsed = Sheba.parse(value);
		assertThat(parsed.problem()).isEqualTo(Sheba.Problem.SCIENTIFIC);
		assertThat(parsed.valid()).isFalse();
	}

	@Test
	void treatsTextWithOnlyMarksAndSeparatorsAsEmpty() {
		assertThat(Sheba.parse("\u200C - \u00A0").normalised()).isEmpty();
		assertThat(Sheba.parse("'").normalised()).isEmpty();
	}

	@Test
	void refusesToBuildAnInvalidSheba() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Sheba("IR820540102680020817909003"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Sheba("ir820540102680020817909002"));
		assertThat(new Sheba(PARSIAN)).hasToString(PARSIAN);
	}

}
