package ir.tasvieh.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.CellType;
import ir.tasvieh.sheet.Column;
import ir.tasvieh.sheet.SheetCell;
import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import ir.tasvieh.sheet.MessageText;

import static ir.tasvieh.validation.Rows.CARDS;
import static ir.tasvieh.validation.Rows.VANDAR;
import static ir.tasvieh.validation.Rows.codes;
import static ir.tasvieh.validation.Rows.number;
import static ir.tasvieh.validation.Rows.only;
import static ir.tasvieh.validation.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names, amounts, trackers and the row as a whole; destinations are in their own tests.
 */
class PayoutRowValidatorTests {

	private static final String PARSIAN = "IR820540102680020817909002";

	private final PayoutRowValidator validator = new PayoutRowValidator();

	private final SheetHeader header = Rows.header(null);

	@Test
	void isTheRowValidatorBean() {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				PayoutRowValidator.class)) {
			assertThat(context.getBean(RowValidator.class)).isInstanceOf(PayoutRowValidator.class);
		}
	}

	@Test
	void acceptsAValidRowAndNormalisesEveryField() {
		ValidatedRow row = validate(row("  علي كريمي\u00A0", "۱٬۵۰۰٬۰۰۰", "ir82 0540 1026 8002 0817 9090 02", "",
				" INV-۰۰۱\u200C", " پاداش ", "۱۲۳"));
		assertThat(row.findings()).isEmpty();
		assertThat(row.valid()).isTrue();
		assertThat(row.rowNumber()).isEqualTo(7);
		assertThat(row.name()).isEqualTo("علی کریمی");
		assertThat(row.amountIrr()).isEqualTo(1_500_000L);
		assertThat(row.destinationType()).isEqualTo(DestinationType.SHEBA);
		assertThat(row.sheba()).isEqualTo(PARSIAN);
		assertThat(row.destination()).isEqualTo(PARSIAN);
		assertThat(row.card()).isNull();
		assertThat(row.bankCode()).isEqualTo("054");
		assertThat(row.bankName()).isEqualTo("بانک پارسیان (Parsian Bank)");
		assertThat(row.tracker()).isEqualTo("INV-001");
		assertThat(row.description()).isEqualTo("پاداش");
		assertThat(row.paymentNumber()).isEqualTo("123");
	}

	@Test
	void validatesUnderATurkishDefaultLocale() {
		Locale previous = Locale.getDefault();
		Locale.setDefault(new Locale("tr"));
		try {
			ValidatedRow row = validate(row("Ali", "1500000", "ir820540102680020817909002", "", "invoice-1"));
			assertThat(row.findings()).isEmpty();
			assertThat(row.sheba()).isEqualTo(PARSIAN);
			assertThat(row.tracker()).isEqualTo("invoice-1");
		}
		finally {
			Locale.setDefault(previous);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u00A0\u200C\uFEFF", "\t\u200F" })
	void reportsAMissingName(String name) {
		ValidatedRow row = validate(row(name, "1500000", PARSIAN));
		Finding finding = only(row, "NAME_MISSING");
		assertThat(finding.isError()).isTrue();
		assertThat(finding.messageFa()).contains(MessageText.quote("نام و نام خانوادگی"));
		assertThat(finding.messageEn()).contains("\"نام و نام خانوادگی\"");
		assertThat(row.name()).isNull();
		Rows.assertWellFormed(row);
	}

	@Test
	void keepsAZeroWidthNonJoinerInsideAName() {
		assertThat(validate(row("\u200Cمی\u200Cنا\u00A0", "1500000", PARSIAN)).name()).isEqualTo("می\u200Cنا");
	}

	@Test
	void convertsTomanToRialsFromTheHeaderUnit() {
		SheetHeader toman = Rows.header(AmountUnit.IRT);
		ValidatedRow row = this.validator.validate(toman, row("Ali", "150,000", PARSIAN), VANDAR);
		assertThat(row.amountIrr()).isEqualTo(1_500_000L);
		assertThat(this.validator.validate(toman, row("Ali", "12.5", PARSIAN), CARDS).amountIrr()).isEqualTo(125L);
	}

	@Test
	void fallsBackToThePolicyUnitWhenTheHeaderNamesNone() {
		ValidationPolicy toman = new ValidationPolicy("Vandar", false, 0, Long.MAX_VALUE, Long.MAX_VALUE,
				AmountUnit.IRT);
		assertThat(this.validator.validate(this.header, row("Ali", "12.5", PARSIAN), toman).amountIrr())
			.isEqualTo(125L);
		ValidatedRow rial = this.validator.validate(this.header, row("Ali", "100.5", PARSIAN), CARDS);
		assertThat(only(rial, "AMOUNT_INVALID").messageEn()).contains("\"100.5\" rials", "never rounded");
	}

	@Test
	void readsANumberCellAmountExactly() {
		assertThat(validate(row("Ali", number(1500000d, "1,500,000"), PARSIAN)).amountIrr()).isEqualTo(1_500_000L);
		ValidatedRow fraction = validate(row("Ali", number(1500000.5d, "1,500,001"), PARSIAN));
		assertThat(codes(fraction)).containsExactly("AMOUNT_INVALID");
		assertThat(fraction.amountIrr()).isNull();
	}

	@Test
	void namesADateOrBooleanInTheAmountColumn() {
		SheetCell date = new SheetCell("2026-11-23", CellType.DATE, new BigDecimal("46349"), false);
		Finding dateFinding = only(validate(row("Ali", date, PARSIAN)), "AMOUNT_INVALID");
		assertThat(dateFinding.messageEn()).contains("date", "\"مبلغ\"", "2026-11-23");
		assertThat(dateFinding.messageFa()).contains("تاریخ", MessageText.quote("مبلغ"));
		SheetCell bool = new SheetCell("TRUE", CellType.BOOLEAN, null, false);
		assertThat(only(validate(row("Ali", bool, PARSIAN)), "AMOUNT_INVALID").messageEn()).contains("boolean");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "0", "-1500000", "1,5", "99999999999999999999", "1.5E+6" })
	void reportsAnInvalidAmount(String amount) {
		ValidatedRow row = validate(row("Ali", amount, PARSIAN));
		assertThat(codes(row)).containsExactly("AMOUNT_INVALID");
		assertThat(row.amountIrr()).isNull();
		Rows.assertWellFormed(row);
	}

	@Test
	void reportsAnAmountOutsideTheProviderLimits() {
		Finding low = only(validate(row("Ali", "49,999", PARSIAN)), "AMOUNT_OUT_OF_RANGE");
		assertThat(low.messageEn()).contains("49,999 rials", "minimum of 50,000", "Vandar batch settlement");
		Finding high = only(validate(row("Ali", "500,000,001", PARSIAN)), "AMOUNT_OUT_OF_RANGE");
		assertThat(high.messageEn()).contains("maximum of 500,000,000");
		assertThat(validate(row("Ali", "50,000", PARSIAN)).findings()).isEmpty();
		assertThat(validate(row("Ali", "500,000,000", PARSIAN)).findings()).isEmpty();
	}

	@Test
	void reportsAnAmountAboveTheConfiguredRowLimit() {
		ValidationPolicy limited = new ValidationPolicy("Vandar", false, 0, 500_000_000, 100_000_000, AmountUnit.IRR);
		ValidatedRow row = this.validator.validate(this.header, row("Ali", "100,000,001", PARSIAN), limited);
		Finding finding = only(row, "AMOUNT_OUT_OF_RANGE");
		assertThat(finding.messageEn()).contains("tasvieh.limits.max-row-irr", "100,000,000");
		assertThat(finding.messageFa()).contains("tasvieh.limits.max-row-irr");
		assertThat(row.amountIrr()).isEqualTo(100_000_001L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a b", "فاکتور-۱", "inv#1", "inv.1",
			"12345678901234567890123456789012345678901234567890123456789012345" })
	void reportsAMalformedTracker(String tracker) {
		ValidatedRow row = validate(row("Ali", "1500000", PARSIAN, "", tracker));
		Finding finding = only(row, "TRACKER_FORMAT");
		assertThat(finding.messageFa()).contains(MessageText.quote("کد پیگیری"));
		assertThat(row.tracker()).isNull();
		Rows.assertWellFormed(row);
	}

	@Test
	void acceptsTrackersUpToSixtyFourCharacters() {
		String longest = "A".repeat(63) + "9";
		assertThat(validate(row("Ali", "1500000", PARSIAN, "", longest)).tracker()).isEqualTo(longest);
		assertThat(validate(row("Ali", "1500000", PARSIAN, "", "\u200Fpay_2026-۱۱\u00A0")).tracker())
			.isEqualTo("pay_2026-11");
		assertThat(validate(row("Ali", "1500000", PARSIAN, "", number("12345", "12345"))).tracker()).isEqualTo("12345");
		assertThat(validate(row("Ali", "1500000", PARSIAN, "", " \u200C ")).tracker()).isNull();
		assertThat(PayoutRowValidator.isTracker(Trackers.derive("ab", 2))).isTrue();
	}

	@Test
	void takesTheResultWorkbooksTrackerWhenTheRowsOwnTrackerIsEmpty() {
		SheetHeader result = new SheetHeader(1, List.of("name", "amount", "sheba", "tracker", "Status", "Tracker"),
				Map.of(Column.NAME, 0, Column.AMOUNT, 1, Column.SHEBA, 2, Column.TRACKER, 3, Column.RESULT_TRACKER, 5),
				null, false, java.util.Set.of(4, 5));
		String derived = Trackers.derive("ab", 2);
		assertThat(
				this.validator.validate(result, row("Ali", "1500000", PARSIAN, "", "PAID", derived), VANDAR).tracker())
			.isEqualTo(derived);
		assertThat(this.validator.validate(result, row("Ali", "1500000", PARSIAN, "own-1", "PAID", derived), VANDAR)
			.tracker()).isEqualTo("own-1");
		assertThat(this.validator.validate(result, row("Ali", "1500000", PARSIAN, "", "READY", ""), VANDAR).tracker())
			.isNull();
		ValidatedRow edited = this.validator.validate(result, row("Ali", "1500000", PARSIAN, "", "PAID", "a b"),
				VANDAR);
		assertThat(only(edited, "TRACKER_FORMAT").messageEn()).contains("\"Tracker\"");
	}

	@Test
	void listsEveryFailedRuleInTheOrderOfTheSpecTable() {
		ValidatedRow row = this.validator.validate(this.header,
				row("", "-5", "IR820540102680020817909003", "6037701689095434", "bad tracker"), VANDAR);
		assertThat(codes(row)).containsExactly("NAME_MISSING", "AMOUNT_INVALID", "SHEBA_CHECKSUM", "CARD_CHECKSUM",
				"TRACKER_FORMAT");
		assertThat(row.valid()).isFalse();
		Rows.assertWellFormed(row);
	}

	@Test
	void toleratesARowShorterThanTheHeaderAndAHeaderWithoutOptionalColumns() {
		assertThat(codes(validate(row("Ali")))).containsExactly("AMOUNT_INVALID", "DESTINATION_MISSING");
		SheetHeader minimal = new SheetHeader(1, List.of("name", "amount (IRR)", "iban"),
				Map.of(Column.NAME, 0, Column.AMOUNT, 1, Column.SHEBA, 2), AmountUnit.IRR, false);
		ValidatedRow row = this.validator.validate(minimal, row("Ali", "1500000", ""), VANDAR);
		Finding finding = only(row, "DESTINATION_MISSING");
		assertThat(finding.messageEn()).contains("\"iban\"", "\"card\"");
	}

	@Test
	void keepsTabsAndLineBreaksOfHeadersAndValuesOutOfMessages() {
		SheetHeader messy = new SheetHeader(1, List.of("name\t", "amount\n(IRR)", "sheba\r\n"),
				Map.of(Column.NAME, 0, Column.AMOUNT, 1, Column.SHEBA, 2), null, false);
		ValidatedRow row = this.validator.validate(messy, row("", "12\n34\t", "IR82\t0540\n\u202E"), VANDAR);
		assertThat(codes(row)).containsExactly("NAME_MISSING", "AMOUNT_INVALID", "SHEBA_FORMAT");
		Rows.assertWellFormed(row);
		assertThat(row.findings().get(2).messageEn()).doesNotContain("\u202E");
	}

	private ValidatedRow validate(SheetRow row) {
		return this.validator.validate(this.header, row, VANDAR);
	}

}
