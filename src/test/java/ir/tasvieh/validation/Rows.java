package ir.tasvieh.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.CellType;
import ir.tasvieh.sheet.Column;
import ir.tasvieh.sheet.SheetCell;
import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRow;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds payout sheet headers and rows the way the sheet reader hands them out. */
final class Rows {

	static final List<String> PERSIAN_NAMES = List.of("نام و نام خانوادگی", "مبلغ", "شماره شبا", "شماره کارت",
			"کد پیگیری", "توضیحات", "شناسه پرداخت", "واحد");

	static final ValidationPolicy VANDAR = new ValidationPolicy("Vandar batch settlement", false, 50_000, 500_000_000,
			1_000_000_000, AmountUnit.IRR);

	static final ValidationPolicy CARDS = new ValidationPolicy("NextPay checkout", true, 0, Long.MAX_VALUE,
			10_000_000_000L, AmountUnit.IRR);

	private Rows() {
	}

	static SheetHeader header(AmountUnit unit) {
		Map<Column, Integer> columns = new EnumMap<>(Column.class);
		Column[] order = { Column.NAME, Column.AMOUNT, Column.SHEBA, Column.CARD, Column.TRACKER, Column.DESCRIPTION,
				Column.PAYMENT_NUMBER };
		for (int i = 0; i < order.length; i++) {
			columns.put(order[i], i);
		}
		return new SheetHeader(1, PERSIAN_NAMES, columns, unit, true);
	}

	/**
	 * A row with cells in header order; a String is a text cell, a SheetCell is used as
	 * is.
	 */
	static SheetRow row(Object... cells) {
		List<SheetCell> list = new ArrayList<>();
		for (Object cell : cells) {
			list.add((cell instanceof SheetCell sheetCell) ? sheetCell : SheetCell.text((String) cell));
		}
		return new SheetRow(7, list);
	}

	static SheetCell number(String exact, String shown) {
		return new SheetCell(shown, CellType.NUMBER, new BigDecimal(exact), false);
	}

	static SheetCell number(double value, String shown) {
		return new SheetCell(shown, CellType.NUMBER, new BigDecimal(value), false);
	}

	static List<String> codes(ValidatedRow row) {
		return row.findings().stream().map(Finding::code).toList();
	}

	static Finding only(ValidatedRow row, String code) {
		assertThat(codes(row)).containsExactly(code);
		return row.findings().get(0);
	}

	/**
	 * Every message is bilingual, one line, and names its column by the user's header.
	 */
	static void assertWellFormed(ValidatedRow row) {
		for (Finding finding : row.findings()) {
			assertThat(finding.messageFa()).isNotBlank().doesNotContain("\t", "\n", "\r");
			assertThat(finding.messageEn()).isNotBlank().doesNotContain("\t", "\n", "\r");
			assertThat(finding.messageFa()).containsPattern("[\u0600-\u06FF]");
		}
	}

}
