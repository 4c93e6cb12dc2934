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
	void recognisesTheResultColumnsOfAResultWorkbookAndKeepsThemOutOfTheInput() {
		SheetHeader header = recognize("name", "amount", "sheba", "Status", "Errors", "Bank", "Provider",
				"Provider Ref", "Tracker", "Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status",
				"Submitted At", "Updated At");
		assertThat(header.columns()).containsOnlyKeys(Column.NAME, Column.AMOUNT, Column.SHEBA, Column.RESULT_TRACKER);
		assertThat(header.indexOf(Column.RESULT_TRACKER)).contains(8);
		assertThat(header.resultColumns()).hasSize(12);
		assertThat(header.inputColumns()).containsExactly(0, 1, 2);
		assertThat(header.names()).hasSize(15);
	}

	@Test
	void readsTheUsersOwnTrackerAndTheResultTrackerApartInOneResultWorkbook() {
		SheetHeader header = recognize("Tracker", "name", "amount", "sheba", "Status", "Errors", "Tracker",
				"Provider Status");
		assertThat(header.indexOf(Column.TRACKER)).contains(0);
		assertThat(header.indexOf(Column.RESULT_TRACKER)).contains(6);
		assertThat(header.inputColumns()).containsExactly(0, 1, 2, 3);
		assertThat(header.inputIndexOf(Column.TRACKER)).isZero();
		assertThat(header.inputIndexOf(Column.AMOUNT)).isEqualTo(2);
	}

	@Test
	void takesATrackerWrittenOtherwiseAfterTheResultColumnsAsTheUsersOwn() {
		SheetHeader header = recognize("name", "amount", "sheba", "Status", "Errors", "Tracker", "tracker", "Branch");
		assertThat(header.indexOf(Column.RESULT_TRACKER)).contains(5);
		assertThat(header.indexOf(Column.TRACKER)).contains(6);
		assertThat(header.inputColumns()).containsExactly(0, 1, 2, 6, 7);
		assertThat(header.inputIndexOf(Column.TRACKER)).isEqualTo(3);
	}

	@Test
	void takesResultHeadersForTheUsersOwnColumnsOutsideAResultWorkbook() {
		SheetHeader onlyStatus = recognize("name", "amount", "sheba", "Status", "Bank", "Tracker");
		assertThat(onlyStatus.resultColumns()).isEmpty();
		assertThat(onlyStatus.indexOf(Column.TRACKER)).contains(5);
		assertThat(onlyStatus.inputColumns()).hasSize(6);

		SheetHeader otherCase = recognize("name", "amount", "sheba", "STATUS", "errors", "Bank");
		assertThat(otherCase.resultColumns()).isEmpty();
		assertThat(otherCase.columns()).doesNotContainKey(Column.RESULT_TRACKER);
	}

	@Test
	void keepsAColumnNamedLikeAResultColumnBeforeTheResultColumnsAsInput() {
		SheetHeader header = recognize("name", "Bank", "amount", "sheba", " Status ", "Errors", "Bank", "Tracker");
		assertThat(header.resultColumns()).containsExactlyInAnyOrder(4, 5, 6, 7);
		assertThat(header.inputColumns()).containsExactly(0, 1, 2, 3);
		assertThat(header.inputIndexOf(Column.SHEBA)).isEqualTo(3);
	}

	@Test
	void readsAPersianResultWorkbookAsPersian() {
		SheetHeader header = recognize("نام", "مبلغ", "شبا", "Status", "Errors", "Bank", "Tracker");
		assertThat(header.persian()).isTrue();
		assertThat(header.indexOf(Column.RESULT_TRACKER)).contains(6);
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
