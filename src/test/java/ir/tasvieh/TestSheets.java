package ir.tasvieh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small xlsx sheets for tests, a header in row 1: the one sheet builder the tests
 * share, so that none keeps its own copy.
 */
public final class TestSheets {

	private TestSheets() {
	}

	/**
	 * Writes the rows to {@code file}: a {@link Number} becomes a numeric cell (as a
	 * spreadsheet program types an amount), anything else its text; {@code null} leaves
	 * the cell empty.
	 */
	public static Path xlsx(Path file, Object[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("payouts");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

}
