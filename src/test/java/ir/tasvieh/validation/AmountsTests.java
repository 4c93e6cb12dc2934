package ir.tasvieh.validation;

import java.math.BigDecimal;

import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.CellType;
import ir.tasvieh.sheet.SheetCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amount cells read as whole rials, never rounded. */
class AmountsTests {

	@ParameterizedTest
	@ValueSource(strings = { "1500000", "1,500,000", "1٬500٬000", "1،500،000", "1 500 000", "1\u00A0500\u00A0000",
			"1\u202F500\u202F000", "۱٬۵۰۰٬۰۰۰", "١٥٠٠٠٠٠", "۱,۵۰۰,۰۰۰", "1500000.00", "1500000٫00", "1,500,000.00",
			"'1500000", " 1500000 ", "\u200F1500000\u200E", "１５０００００", "1500000." })
	void readsRialsWithAnyDigitsAndSeparators(String text) {
		assertThat(Amounts.parse(SheetCell.text(text), AmountUnit.IRR).rials()).isEqualTo(1_500_000L);
	}

	@Test
	void multipliesTomanByTen() {
		assertThat(Amounts.parse("150,000", AmountUnit.IRT).rials()).isEqualTo(1_500_000L);
		assertThat(Amounts.parse("12.5", AmountUnit.IRT).rials()).isEqualTo(125L);
		assertThat(Amounts.parse("۱۲٫۵", AmountUnit.IRT).rials()).isEqualTo(125L);
	}

	@Test
	void refusesAFractionOfARialInsteadOfRounding() {
		assertThat(Amounts.parse("100.5", AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.FRACTION);
		assertThat(Amounts.parse("12.55", AmountUnit.IRT).problem()).isEqualTo(Amounts.Problem.FRACTION);
		assertThat(Amounts.parse("1500000.0000001", AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.FRACTION);
	}

	@Test
	void readsNumberCellsExactly() {
		assertThat(Amounts.parse(number(1_500_000d), AmountUnit.IRR).rials()).isEqualTo(1_500_000L);
		assertThat(Amounts.parse(number(12.5d), AmountUnit.IRT).rials()).isEqualTo(125L);
		assertThat(Amounts.parse(number(100.5d), AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.FRACTION);
		// 0.1 is not exactly representable as a double, so it is never a whole number of
		// rials
		assertThat(Amounts.parse(number(1500000.1d), AmountUnit.IRT).problem()).isEqualTo(Amounts.Problem.FRACTION);
	}

	@Test
	void refusesAmountsThatOverflowALong() {
		assertThat(Amounts.parse("99999999999999999999", AmountUnit.IRR).problem())
			.isEqualTo(Amounts.Problem.TOO_LARGE);
		assertThat(Amounts.parse("9,223,372,036,854,775,807", AmountUnit.IRR).rials()).isEqualTo(Long.MAX_VALUE);
		assertThat(Amounts.parse("9223372036854775808", AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.TOO_LARGE);
		assertThat(Amounts.parse("922337203685477581", AmountUnit.IRT).problem()).isEqualTo(Amounts.Problem.TOO_LARGE);
		assertThat(Amounts.parse(number(1e20d), AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.TOO_LARGE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.00", "-500", "\u22125,000", "۰" })
	void refusesZeroAndNegativeAmounts(String text) {
		assertThat(Amounts.parse(text, AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.NOT_POSITIVE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1,5", "1.500.000", "15,00,000", "1,500,00", "1500,000", ",500", "1,500,", "12a", "1.5E+6",
			"+500", "500 ریال", "1_500_000", ".5", "1..5", "١٫٢٫٣" })
	void refusesTextThatIsNotAPlainNumber(String text) {
		assertThat(Amounts.parse(text, AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.NOT_A_NUMBER);
	}

	@Test
	void refusesEmptyDateAndBooleanCells() {
		assertThat(Amounts.parse(SheetCell.BLANK, AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.EMPTY);
		assertThat(Amounts.parse(SheetCell.text("\u00A0\u200C"), AmountUnit.IRR).problem())
			.isEqualTo(Amounts.Problem.EMPTY);
		SheetCell date = new SheetCell("1405/01/15", CellType.DATE, new BigDecimal("46000"), false);
		assertThat(Amounts.parse(date, AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.DATE);
		SheetCell bool = new SheetCell("TRUE", CellType.BOOLEAN, null, false);
		assertThat(Amounts.parse(bool, AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.BOOLEAN);
		SheetCell error = new SheetCell("#VALUE!", CellType.ERROR, null, true);
		assertThat(Amounts.parse(error, AmountUnit.IRR).problem()).isEqualTo(Amounts.Problem.NOT_A_NUMBER);
	}

	private static SheetCell number(double value) {
		return new SheetCell(Double.toString(value), CellType.NUMBER, new BigDecimal(value), false);
	}

}
