package ir.tasvieh.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.CellType;
import ir.tasvieh.sheet.SheetCell;
import ir.tasvieh.sheet.SheetRow;
import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the SHEBA and card checks and the whole row validator: a bad row never throws, a
 * valid value really is one, a row without errors has a name, an amount and a
 * destination, and no message quotes a full card number.
 */
@Tag("fuzz")
class ValidatorsFuzzTests {

	private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");

	private final PayoutRowValidator validator = new PayoutRowValidator();

	@FuzzTest
	void checksAnyTextAsASheba(FuzzedDataProvider data) {
		Sheba.Parsed parsed = Sheba.parse(data.consumeRemainingAsString());
		if (parsed.valid()) {
			assertThat(parsed.normalised()).matches("IR[0-9]{24}");
			assertThat(Sheba.mod97(parsed.normalised())).isEqualTo(1);
		}
	}

	@FuzzTest
	void checksAnyTextOrNumberAsACard(FuzzedDataProvider data) {
		boolean number = data.consumeBoolean();
		double value = data.consumeDouble();
		// A sheet's number cell is always finite: NaN has no BigDecimal (the first
		// finding).
		CardNumber.Parsed parsed = (number && Double.isFinite(value)) ? CardNumber.parse(new BigDecimal(value).abs())
				: CardNumber.parse(data.consumeRemainingAsString());
		if (parsed.valid()) {
			assertThat(parsed.normalised()).matches("[0-9]{16}");
			assertThat(CardNumber.luhn(parsed.normalised())).isTrue();
		}
	}

	@FuzzTest
	void validatesAnyRowWithoutThrowing(FuzzedDataProvider data) {
		boolean cards = data.consumeBoolean();
		ValidationPolicy policy = cards ? Rows.CARDS : Rows.VANDAR;
		AmountUnit unit = data.consumeBoolean() ? AmountUnit.IRR : AmountUnit.IRT;
		List<SheetCell> cells = new ArrayList<>();
		int width = data.consumeInt(0, Rows.PERSIAN_NAMES.size());
		for (int i = 0; i < width; i++) {
			cells.add(cell(data));
		}

		ValidatedRow row = this.validator.validate(Rows.header(unit), new SheetRow(2, cells), policy);

		if (row.valid()) {
			assertThat(row.name()).isNotBlank();
			assertThat(row.amountIrr()).isPositive();
			assertThat(row.destination()).isNotNull();
			assertThat(row.name().length()).isLessThanOrEqualTo(PayoutRowValidator.MAX_TEXT);
		}
		for (Finding finding : row.findings()) {
			assertNoCardNumber(finding.messageEn());
			assertNoCardNumber(finding.messageFa());
		}
		assertThat(SheetFindings.decode(SheetFindings.encode(row.findings()))).isEqualTo(row.findings());
	}

	/** No run of 16 digits (any digit set) that passes Luhn: a full card number. */
	private static void assertNoCardNumber(String message) {
		Matcher digits = SIXTEEN_DIGITS.matcher(Normalization.asciiDigits(message));
		while (digits.find()) {
			assertThat(CardNumber.luhn(digits.group())).as(message).isFalse();
		}
	}

	private static SheetCell cell(FuzzedDataProvider data) {
		boolean formula = data.consumeBoolean();
		return switch (data.consumeInt(0, 4)) {
			case 0 -> SheetCell.BLANK;
			case 1 -> {
				double value = data.consumeDouble();
				yield Double.isFinite(value)
						? new SheetCell(Double.toString(value), CellType.NUMBER, new BigDecimal(value), formula)
						: SheetCell.BLANK;
			}
			case 2 -> new SheetCell("2026-11-23", CellType.DATE, BigDecimal.valueOf(46349), formula);
			case 3 -> new SheetCell(data.consumeBoolean() ? "TRUE" : "FALSE", CellType.BOOLEAN, null, formula);
			default -> new SheetCell(data.consumeString(200), CellType.TEXT, null, formula);
		};
	}

}
