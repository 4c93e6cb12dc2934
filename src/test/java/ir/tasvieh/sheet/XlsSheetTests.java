package ir.tasvieh.sheet;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class XlsSheetTests {

	@TempDir
	Path dir;

	private final PayoutSheets sheets = new StreamingPayoutSheets();

	@Test
	void readsAnOldWorkbookWithNumericCardsAndFormulas() throws IOException {
		// Named .csv on purpose: the content decides the format.
		Path file = this.dir.resolve("payroll.csv");
		try (Workbook workbook = new HSSFWorkbook()) {
			Sheet hidden = workbook.createSheet("draft");
			XlsxSheetTests.row(hidden, 0, "nothing");
			workbook.setSheetHidden(0, true);
			Sheet sheet = workbook.createSheet("Sheet1");
			XlsxSheetTests.row(sheet, 1, "Card Number", "مبلغ (ریال)", "Payee", "Branch", "Check");
			Row data = XlsxSheetTests.row(sheet, 2, "", "", "Reza Karimi", "Tehran", "");
			data.getCell(4).setCellFormula("1/0");
			data.getCell(0).setCellValue(6037701689095443d);
			data.getCell(1).setCellFormula("500000*3");
			XlsxSheetTests.row(sheet, 4, "", "", "Maryam Noori");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			XlsxSheetTests.write(workbook, file);
		}
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			SheetHeader header = reader.header();
			assertThat(header.rowNumber()).isEqualTo(2);
			assertThat(header.columns()).containsEntry(Column.CARD, 0)
				.containsEntry(Column.AMOUNT, 1)
				.containsEntry(Column.NAME, 2)
				.hasSize(3);
			assertThat(header.amountUnit()).isEqualTo(AmountUnit.IRR);
			assertThat(header.names()).containsExactly("Card Number", "مبلغ (ریال)", "Payee", "Branch", "Check");
			SheetRow row = reader.next();
			assertThat(row.rowNumber()).isEqualTo(3);
			assertThat(row.cell(0).type()).isEqualTo(CellType.NUMBER);
			assertThat(row.cell(0).number().toPlainString()).isEqualTo("6037701689095443");
			assertThat(row.cell(1).formula()).isTrue();
			assertThat(row.cell(1).number()).isEqualByComparingTo("1500000");
			assertThat(row.cell(3).text()).isEqualTo("Tehran");
			assertThat(row.cell(4)).isEqualTo(new SheetCell("#DIV/0!", CellType.ERROR, null, true));
			SheetRow second = reader.next();
			assertThat(second.rowNumber()).isEqualTo(5);
			assertThat(second.cell(0)).isEqualTo(SheetCell.BLANK);
			assertThat(second.cell(2).text()).isEqualTo("Maryam Noori");
			assertThat(reader.next()).isNull();
		}
	}

}
