package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Describes an {@code .xlsx} workbook as comparable lines: sheets, right-to-left flags,
 * frozen panes, column widths and styles, data validations, and every cell's type, value
 * and style facts. Two workbooks with the same lines look and read the same, whatever
 * their zip timestamps.
 */
final class TemplateWorkbookDump {

	private TemplateWorkbookDump() {
	}

	static List<String> of(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return of(in);
		}
	}

	static List<String> of(byte[] xlsx) throws IOException {
		return of(new java.io.ByteArrayInputStream(xlsx));
	}

	static List<String> of(InputStream in) throws IOException {
		List<String> lines = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			lines.add("created=" + workbook.getProperties().getCoreProperties().getCreated());
			lines.add("activeSheet=" + workbook.getActiveSheetIndex());
			for (Sheet sheet : workbook) {
				describeSheet(sheet, lines);
			}
		}
		return lines;
	}

	private static void describeSheet(Sheet sheet, List<String> lines) {
		String s = "sheet " + sheet.getSheetName();
		lines.add(s + " rtl=" + sheet.isRightToLeft() + " hidden="
				+ sheet.getWorkbook().isSheetHidden(sheet.getWorkbook().getSheetIndex(sheet)));
		PaneInformation pane = sheet.getPaneInformation();
		lines.add(s + " freeze=" + ((pane != null)
				? pane.isFreezePane() + "@" + pane.getVerticalSplitPosition() + "," + pane.getHorizontalSplitPosition()
				: "none"));
		for (CellRangeAddress merged : sheet.getMergedRegions()) {
			lines.add(s + " merged " + merged.formatAsString());
		}
		List<? extends DataValidation> validations = sheet.getDataValidations();
		lines.add(s + " validations=" + validations.size());
		for (DataValidation validation : validations) {
			var constraint = validation.getValidationConstraint();
			StringBuilder regions = new StringBuilder();
			for (CellRangeAddress region : validation.getRegions().getCellRangeAddresses()) {
				regions.append(region.formatAsString()).append(' ');
			}
			lines.add(s + " validation type=" + constraint.getValidationType() + " op=" + constraint.getOperator()
					+ " f1=" + constraint.getFormula1() + " f2=" + constraint.getFormula2() + " regions="
					+ regions.toString().trim() + " errorBox=" + validation.getShowErrorBox() + " "
					+ validation.getErrorBoxTitle() + ": " + validation.getErrorBoxText() + " emptyAllowed="
					+ validation.getEmptyCellAllowed() + " style=" + validation.getErrorStyle());
		}
		int lastColumn = 0;
		for (Row row : sheet) {
			lastColumn = Math.max(lastColumn, row.getLastCellNum());
		}
		for (int c = 0; c < lastColumn; c++) {
			CellStyle style = sheet.getColumnStyle(c);
			lines.add(s + " col " + c + " width=" + sheet.getColumnWidth(c) + " style="
					+ ((style != null) ? describe(style) : "none"));
		}
		for (Row row : sheet) {
			for (Cell cell : row) {
				lines.add(s + " " + cell.getAddress() + " " + cell.getCellType() + " [" + value(cell) + "] "
						+ describe(cell.getCellStyle()));
			}
		}
	}

	private static String value(Cell cell) {
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> new BigDecimal(cell.getNumericCellValue()).toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case FORMULA -> "=" + cell.getCellFormula();
			default -> "";
		};
	}

	private static String describe(CellStyle style) {
		XSSFCellStyle xssf = (XSSFCellStyle) style;
		XSSFColor fill = xssf.getFillForegroundColorColor();
		return "format=" + style.getDataFormatString() + " bold=" + xssf.getFont().getBold() + " fill="
				+ ((fill != null) ? fill.getARGBHex() : "none") + " pattern=" + style.getFillPattern() + " wrap="
				+ style.getWrapText() + " align=" + style.getAlignment() + " quote=" + style.getQuotePrefixed();
	}

}
