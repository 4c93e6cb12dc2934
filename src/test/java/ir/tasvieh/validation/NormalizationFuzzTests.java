package ir.tasvieh.validation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import ir.tasvieh.sheet.AmountUnit;
import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the normaliser with any text: it never throws, and what it promises holds for
 * every input (ASCII digits only, nothing trimmable left at the ends, no spaces or dashes
 * in an identifier, an amount is positive rials or a reason).
 */
@Tag("fuzz")
class NormalizationFuzzTests {

	@FuzzTest
	void normalisesAnyText(FuzzedDataProvider data) {
		String text = data.consumeRemainingAsString();

		String folded = Normalization.fold(text);
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			assertThat(c >= '\u06F0' && c <= '\u06F9' || c >= '\u0660' && c <= '\u0669').isFalse();
			assertThat(Character.getType(c)).isNotEqualTo((int) Character.FORMAT);
		}
		String trimmed = Normalization.trim(text);
		assertThat(text).contains(trimmed);
		if (!trimmed.isEmpty()) {
			assertThat(Normalization.trim(trimmed)).isEqualTo(trimmed);
		}
		Normalization.Identifier identifier = Normalization.identifier(text);
		if (!identifier.scientific()) {
			assertThat(identifier.value()).doesNotContain(" ").doesNotContain("-").doesNotContain("\t");
		}
	}

	@FuzzTest
	void readsAnyTextAsAnAmountOrSaysWhyNot(FuzzedDataProvider data) {
		AmountUnit unit = data.consumeBoolean() ? AmountUnit.IRR : AmountUnit.IRT;
		String text = data.consumeRemainingAsString();

		Amounts.Parsed parsed = Amounts.parse(text, unit);

		assertThat((parsed.rials() == null) != (parsed.problem() == null)).isTrue();
		if (parsed.rials() != null) {
			// Whole rials, not whole units: 1.1 toman is 11 rials (the first finding).
			assertThat(parsed.rials()).isPositive();
		}
	}

}
