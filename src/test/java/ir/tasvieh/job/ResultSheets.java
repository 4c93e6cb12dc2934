package ir.tasvieh.job;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of a result workbook as finance sees it, and edits a cell the way
 * finance fixes a row before sending the workbook back.
 */
final class ResultSheets {

	private ResultSheets() {
	}

	/** The header cells of the first sheet, in order. */
	static List<String> headers(Path workbookFile) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(workbookFile.toFile())) {
			List<String> headers = new ArrayList<>();
			workbook.getSheetAt(0).getRow(0).forEach((cell) -> headers.add(cell.getStringCellValue()));
			return headers;
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	/** Every data row of the first sheet, header text to the cell as displayed. */
	static List<Map<String, String>> rows(Path workbookFile) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(workbookFile.toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			List<Map<String, String>> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Map<String, String> cells = new LinkedHashMap<>();
				for (Cell name : header) {
					Cell cell = row.getCell(name.getColumnIndex());
					cells.put(name.getStringCellValue(), (cell != null) ? formatter.formatCellValue(cell) : "");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

	/**
	 * Copies a workbook, every sheet kept, with text cells of its first sheet set:
	 * {@code edits} maps a data row (0-based) to header text to the new value.
	 */
	static Path edit(Path workbookFile, Path copy, Map<Integer, Map<String, String>> edits) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(workbookFile))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = new LinkedHashMap<>();
			sheet.getRow(0).forEach((cell) -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			edits.forEach((row, cells) -> cells
				.forEach((column, value) -> sheet.getRow(row + 1).createCell(columns.get(column)).setCellValue(value)));
			try (OutputStream out = Files.newOutputStream(copy)) {
				workbook.write(out);
			}
		}
		return copy;
	}

}
