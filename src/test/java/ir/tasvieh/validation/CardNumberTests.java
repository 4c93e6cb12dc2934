package ir.tasvieh.validation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Card format and Luhn rules with the values of validation.md sections 4.5 and 4.6. */
class CardNumberTests {

	private static final String KESHAVARZI = "6037701689095443";

	@ParameterizedTest
	@ValueSource(strings = { "6037701689095443", "6219861034529007", "6037991234567893", "5892101234567895",
			"5022291234567897", "6104331234567890", "6219861912345674", "6273811234567896", "6362141234567890",
			"4111111111111111", "5555555555554444", "4444333322221111", "2222444499996666", "0000000000000000" })
	void acceptsLuhnValidNumbers(String value) {
		CardNumber.Parsed parsed = CardNumber.parse(value);
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.card().value()).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6037-7016-8909-5443", "6037 7016 8909 5443", "۶۰۳۷۷۰۱۶۸۹۰۹۵۴۴۳", "٦٠٣٧٧٠١٦٨٩٠٩٥٤٤٣",
			"'6037701689095443", "\u200F6037\u00A07016\u200C8909\u20135443\uFEFF", "６０３７７０１６８９０９５４４３",
			"6037۷۰۱۶8909٥٤٤٣" })
	void normalisesTrickyInputToTheSameCard(String raw) {
		CardNumber.Parsed parsed = CardNumber.parse(raw);
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.normalised()).isEqualTo(KESHAVARZI);
	}

	@Test
	void readsAnExactNumberCellAsItsSixteenDigits() {
		CardNumber.Parsed parsed = CardNumber.parse(new BigDecimal(6037701689095443d));
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.normalised()).isEqualTo(KESHAVARZI);
		assertThat(CardNumber.parse(new BigDecimal("6037701689095443.0")).normalised()).isEqualTo(KESHAVARZI);
		assertThat(CardNumber.parse(new BigDecimal("6.037701689095443E15")).normalised()).isEqualTo(KESHAVARZI);
	}

	@Test
	void flagsANumberCellWhoseSixteenthDigitExcelZeroed() {
		CardNumber.Parsed parsed = CardNumber.parse(new BigDecimal(6037701689095440d));
		assertThat(parsed.problem()).isEqualTo(CardNumber.Problem.CHECKSUM);
		assertThat(parsed.maybeTruncated()).isTrue();
	}

	@Test
	void treatsANumberCellEndingInZeroThatPassesLuhnAsIntact() {
		CardNumber.Parsed parsed = CardNumber.parse(new BigDecimal(6104331234567890d));
		assertThat(parsed.valid()).isTrue();
		assertThat(parsed.normalised()).isEqualTo("6104331234567890");
	}

	@Test
	void rejectsANumberCellWithAFractionOrSign() {
		assertThat(CardNumber.parse(new BigDecimal("6037701689095443.5")).problem())
			.isEqualTo(CardNumber.Problem.FORMAT);
		assertThat(CardNumber.parse(new BigDecimal("-6037701689095443")).problem())
			.isEqualTo(CardNumber.Problem.FORMAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6219861034529008", "6037701689095434", "6037701689095440", "6037991234567890" })
	void rejectsWrongCheckDigits(String value) {
		assertThat(CardNumber.parse(value).problem()).isEqualTo(CardNumber.Problem.CHECKSUM);
		assertThatIllegalArgumentException().isThrownBy(() -> new CardNumber(value));
	}

	@Test
	void hintsAtTruncationOnlyWhenTheTextEndsInZero() {
		assertThat(CardNumber.parse("6037701689095440").maybeTruncated()).isTrue();
		assertThat(CardNumber.parse("6037701689095434").maybeTruncated()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "621986103452900", "60379912345678931", "IR820540102680020817909002",
			"6037.7016.8909.5443", "603770168909544x", "6037७016890954४3" })
	void rejectsWrongLengthOrCharactersAsFormat(String value) {
		assertThat(CardNumber.parse(value).problem()).isEqualTo(CardNumber.Problem.FORMAT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "6.0377016890954E+15", "6.03770168909544e15", "6E+15" })
	void rejectsScientificNotation(String value) {
		assertThat(CardNumber.parse(value).problem()).isEqualTo(CardNumber.Problem.SCIENTIFIC);
	}

	@Test
	void masksAllButTheBinAndTheLastFourDigits() {
		assertThat(CardNumber.mask(KESHAVARZI)).isEqualTo("603770******5443");
		assertThat(new CardNumber(KESHAVARZI)).hasToString("603770******5443");
		assertThat(new CardNumber(KESHAVARZI).bin()).isEqualTo("603770");
	}

}
