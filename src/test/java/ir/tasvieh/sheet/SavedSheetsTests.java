package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Payrolls shaped the way spreadsheet programs save them ({@link SavedSheetsGenerator}):
 * a title, a date, a blank row and a note above the header. The
 * {@code payroll-titled-libreoffice.*} files are written by a real spreadsheet program:
 * LibreOffice Calc saved {@code payroll-titled-libreoffice.fods} (a merged, bold title
 * over five columns, amounts under a {@code #,##0} format, a SHEBA typed as a number, a
 * right-to-left sheet) with {@code soffice --headless --convert-to xlsx} and
 * {@code --convert-to xls}.
 */
class SavedSheetsTests {

	@TempDir
	Path dir;

	private final PayoutSheets sheets = new StreamingPayoutSheets();

	@ParameterizedTest
	@ValueSource(strings = { "payroll-titled.xlsx", "payroll-titled.xls", "payroll-titled.csv",
			"payroll-titled-1256.csv", "payroll-titled-libreoffice.xlsx", "payroll-titled-libreoffice.xls" })
	void findsTheHeaderBelowTheTitleAndNamesTheRowsAboveIt(String name) throws IOException {
		try (PayoutSheetReader reader = this.sheets.open(saved(name), "حقوق آذر.xlsx")) {
			SheetHeader header = reader.header();
			assertThat(header.rowNumber()).isEqualTo(5);
			assertThat(header.columns()).containsEntry(Column.NAME, 1)
				.containsEntry(Column.SHEBA, 2)
				.containsEntry(Column.AMOUNT, 3)
				.containsEntry(Column.DESCRIPTION, 4);
			assertThat(header.amountUnit()).isEqualTo(AmountUnit.IRR);
			assertThat(header.persian()).isTrue();
			assertThat(header.above()).extracting(SheetRow::rowNumber).containsExactly(1, 2, 4);
			assertThat(header.aboveLines().get(0)).startsWith("row 1: ").contains("حقوق آذر");
			assertThat(header.aboveLines().get(1)).startsWith("row 2: ").contains("| ");

			List<SheetRow> rows = rows(reader);
			assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(6, 7, 8);
			assertThat(header.cell(rows.get(0), Column.SHEBA).text()).isEqualTo("IR930170000000001234567001");
			assertThat(header.cell(rows.get(1), Column.NAME).text()).isEqualTo("Sara Ahmadi");
			assertThat(header.cell(rows.get(1), Column.AMOUNT).text()).isIn("۳٬۵۰۰٬۰۰۰", "3,500,000");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "payroll-titled.xlsx", "payroll-titled.xls", "payroll-titled-libreoffice.xlsx",
			"payroll-titled-libreoffice.xls" })
	void readsAmountsUnderANumberFormatAndASHEBATypedAsANumberAsNumbers(String name) throws IOException {
		try (PayoutSheetReader reader = this.sheets.open(saved(name))) {
			SheetHeader header = reader.header();
			List<SheetRow> rows = rows(reader);
			SheetCell amount = header.cell(rows.get(0), Column.AMOUNT);
			assertThat(amount.type()).isEqualTo(CellType.NUMBER);
			assertThat(amount.number().longValueExact()).isEqualTo(25_000_000L);
			assertThat(amount.text()).isEqualTo("25,000,000");
			assertThat(header.cell(rows.get(2), Column.SHEBA).type()).isEqualTo(CellType.NUMBER);
			assertThat(header.cell(rows.get(0), Column.NAME).text())
				.isEqualTo(header.cell(rows.get(2), Column.NAME).text());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "payroll-no-amount.xlsx" })
	void rejectsASheetWithoutAHeaderNamingTheClosestRowAndWhatItLacks(String name) throws IOException {
		SheetRejected rejected = catchThrowableOfType(SheetRejected.class,
				() -> this.sheets.open(saved(name), "آذر.xlsx").close());
		assertThat(rejected.reason()).isEqualTo("NO_HEADER");
		assertThat(rejected.messageEn()).startsWith("آذر.xlsx has no header row")
			.contains("Missing: amount")
			.contains("Found in row 5: \"ردیف\", \"نام و نام خانوادگی\", \"شماره شبا\", \"توضیحات\"");
		assertThat(rejected.messageFa()).contains(MessageText.quote("آذر.xlsx"))
			.contains("سطر ۵")
			.contains(MessageText.quote("شماره شبا"))
			.doesNotContain("row 5");
	}

	private Path saved(String name) throws IOException {
		Path file = this.dir.resolve("20261206-012440-2326c17e-" + name);
		try (InputStream in = getClass().getResourceAsStream("saved/" + name)) {
			Files.copy(in, file);
		}
		return file;
	}

	private static List<SheetRow> rows(PayoutSheetReader reader) {
		List<SheetRow> rows = new ArrayList<>();
		for (SheetRow row = reader.next(); row != null; row = reader.next()) {
			rows.add(row);
		}
		return rows;
	}

}
