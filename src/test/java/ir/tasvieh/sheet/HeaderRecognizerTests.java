package ir.tasvieh.sheet;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class HeaderRecognizerTests {

	@Test
	void ignoresCaseSpacesUnderscoresDashesAndInvisibleCharacters() {
		SheetHeader header = recognize("  ACCOUNT_HOLDER ", "Amount", "\u200Fcard-number\u00A0", "Track ID",
				"payment-number");
		assertThat(header.columns()).containsEntry(Column.NAME, 0)
			.containsEntry(Column.AMOUNT, 1)
			.containsEntry(Column.CARD, 2)
			.containsEntry(Column.TRACKER, 3)
			.containsEntry(Column.PAYMENT_NUMBER, 4);
		assertThat(header.amountUnit()).isNull();
	}

	@Test
	void readsArabicLettersAndZeroWidthJoinersAsPersian() {
		assertThat(HeaderRecognizer.key("شماره\u200Cي كارت")).isEqualTo(HeaderRecognizer.key("شماره ی کارت"));
		SheetHeader header = recognize("نام صاحب حساب", "مبلغ به ريال", "شماره\u200Cشبا", "کد پيگيري", "شرح");
		assertThat(header.columns()).containsOnlyKeys(Column.NAME, Column.AMOUNT, Column.SHEBA, Column.TRACKER,
				Column.DESCRIPTION);
		assertThat(header.amountUnit()).isEqualTo(AmountUnit.IRR);
		assertThat(header.persian()).isTrue();
	}

	@Test
	void takesTheUnitFromTheAmountHeader() {
		assertThat(recognize("name", "amount (toman)", "iban").amountUnit()).isEqualTo(AmountUnit.IRT);
		assertThat(recognize("name", "Amount [IRT]", "iban").amountUnit()).isEqualTo(AmountUnit.IRT);
		assertThat(recognize("name", "amount in rials", "iban").amountUnit()).isEqualTo(AmountUnit.IRR);
		assertThat(recognize("name", "مبلغ(تومان)", "iban").amountUnit()).isEqualTo(AmountUnit.IRT);
	}

	@Test
	void keepsUnknownColumnsAndDoesNotTakeOtherAmountsForTheAmount() {
		SheetHeader header = recognize("Payee", "Branch", "Amount (IRR)", "Fee (IRR)", "Total (IRR)", "PAN");
		assertThat(header.names()).hasSize(6);
		assertThat(header.columns()).containsOnlyKeys(Column.NAME, Column.AMOUNT, Column.CARD);
		assertThat(header.persian()).isFalse();
	}

	@Test
	void leavesTheResultWorkbooksOwnColumnsUnknown() {
		SheetHeader header = recognize("name", "amount", "sheba", "Status", "Errors", "Bank", "Provider",
				"Provider Ref", "Tracker", "Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status",
				"Submitted At", "Updated At");
		assertThat(header.columns()).containsOnlyKeys(Column.NAME, Column.AMOUNT, Column.SHEBA);
		assertThat(header.names()).hasSize(15);
	}

	@Test
	void takesACapitalisedTrackerAsTheTrackerOutsideAResultWorkbook() {
		assertThat(recognize("name", "amount", "sheba", "Tracker").indexOf(Column.TRACKER)).contains(3);
	}

	@Test
	void doesNotTakeBankOrProviderForARequiredColumn() {
		SheetRejected rejected = catchThrowableOfType(SheetRejected.class,
				() -> recognize("Bank", "Provider", "Status", "Errors", "Tracker"));
		assertThat(rejected.reason()).isEqualTo("NO_HEADER");
		assertThat(rejected.messageEn()).contains("Missing: name (نام), amount (مبلغ), sheba (شبا) / card (کارت)");
	}

	@Test
	void rejectsTwoAmountColumnsInDifferentUnits() {
		SheetRejected rejected = catchThrowableOfType(SheetRejected.class,
				() -> recognize("name", "amount (IRR)", "sheba", "مبلغ (تومان)"));
		assertThat(rejected.reason()).isEqualTo("DUPLICATE_COLUMN");
		assertThat(rejected.messageEn()).contains("both mean amount");
	}

	private static SheetHeader recognize(String... names) {
		List<SheetCell> cells = Arrays.stream(names).map(SheetCell::text).toList();
		return HeaderRecognizer.recognize("sheet.csv", new SheetRow(1, cells));
	}

}
