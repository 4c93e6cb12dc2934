package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LargeXlsxSheetTests {

	private static final int ROWS = 200_000;

	@TempDir
	Path dir;

	@Test
	void streamsTwoHundredThousandRowsAndSkipsFormattedEmptyOnes() throws IOException {
		Path file = this.dir.resolve("large.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet("payouts");
			XlsxSheetTests.row(sheet, 0, "name", "amount", "sheba", "tracker");
			for (int i = 1; i <= ROWS; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("Payee " + i);
				row.createCell(1).setCellValue(1_000_000d + i);
				row.createCell(2).setCellValue("IR820540102680020817909002");
				row.createCell(3).setCellValue("t-" + i);
			}
			CellStyle styled = workbook.createCellStyle();
			styled.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			for (int i = ROWS + 1; i <= ROWS + 50_000; i++) {
				sheet.createRow(i).createCell(1).setCellStyle(styled);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		int count = 0;
		SheetRow last = null;
		try (PayoutSheetReader reader = new StreamingPayoutSheets().open(file)) {
			for (SheetRow row = reader.next(); row != null; row = reader.next()) {
				count++;
				last = row;
			}
		}
		assertThat(count).isEqualTo(ROWS);
		assertThat(last.rowNumber()).isEqualTo(ROWS + 1);
		assertThat(last.cell(3).text()).isEqualTo("t-" + ROWS);
	}

}
