package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank payout template as an {@code .xlsx} workbook: a styled header row, a
 * text-formatted body for identifiers, amount validation, and an instructions sheet.
 */
final class TemplateWorkbook {

	/** How many body rows get the text format and the amount validation. */
	static final int PREPARED_ROWS = 1000;

	/**
	 * A fixed creation date (2025-01-01T00:00:00Z) so the content never depends on the
	 * clock.
	 */
	static final Date CREATED = new Date(1735689600000L);

	/** Columns holding long digit strings that must stay text. */
	private static final Set<Column> TEXT_COLUMNS = Set.of(Column.SHEBA, Column.CARD, Column.TRACKER,
			Column.PAYMENT_NUMBER);

	private static final List<Integer> WIDTHS = List.of(30, 32, 22, 18, 26, 40, 22);

	private static final byte[] HEADER_FILL = { (byte) 0xD9, (byte) 0xEA, (byte) 0xD3 };

	private TemplateWorkbook() {
	}

	static void write(TemplateText text, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.getProperties().getCoreProperties().setCreated(Optional.of(CREATED));
			workbook.getProperties().getCoreProperties().setCreator("tasvieh");
			workbook.getProperties().getCoreProperties().setTitle(text.instructionsTitle());
			writePayoutSheet(workbook, text);
			writeInstructions(workbook, text);
			workbook.setActiveSheet(0);
			workbook.write(out);
		}
	}

	private static void writePayoutSheet(XSSFWorkbook workbook, TemplateText text) {
		Sheet sheet = workbook.createSheet(text.sheetName());
		sheet.setRightToLeft(text.rightToLeft());
		CellStyle header = headerStyle(workbook);
		// Excel keeps only 15 significant digits of a number: a 24-digit SHEBA or a
		// 16-digit card typed into a General cell is silently corrupted, so these
		// columns are text ("@") before anyone types into them.
		CellStyle textStyle = workbook.createCellStyle();
		textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
		CellStyle amountStyle = workbook.createCellStyle();
		amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		Row headerRow = sheet.createRow(0);
		for (int i = 0; i < TemplateText.COLUMNS.size(); i++) {
			headerRow.createCell(i).setCellValue(text.headers().get(i));
			headerRow.getCell(i).setCellStyle(header);
			sheet.setColumnWidth(i, WIDTHS.get(i) * 256);
			Column column = TemplateText.COLUMNS.get(i);
			if (TEXT_COLUMNS.contains(column)) {
				sheet.setDefaultColumnStyle(i, textStyle);
			}
			else if (column == Column.AMOUNT) {
				sheet.setDefaultColumnStyle(i, amountStyle);
			}
		}
		// The column default covers Excel and LibreOffice; styled blank cells also cover
		// tools that ignore column styles.
		for (int r = 1; r <= PREPARED_ROWS; r++) {
			Row row = sheet.createRow(r);
			for (int i = 0; i < TemplateText.COLUMNS.size(); i++) {
				if (TEXT_COLUMNS.contains(TemplateText.COLUMNS.get(i))) {
					row.createCell(i).setCellStyle(textStyle);
				}
			}
		}
		sheet.createFreezePane(0, 1);
		addAmountValidation(sheet, text);
	}

	private static void addAmountValidation(Sheet sheet, TemplateText text) {
		int amount = TemplateText.COLUMNS.indexOf(Column.AMOUNT);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint positive = helper.createIntegerConstraint(OperatorType.GREATER_THAN, "0", null);
		DataValidation validation = helper.createValidation(positive,
				new CellRangeAddressList(1, PREPARED_ROWS, amount, amount));
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(text.headers().get(amount), text.amountError());
		sheet.addValidationData(validation);
	}

	private static void writeInstructions(XSSFWorkbook workbook, TemplateText text) {
		Sheet sheet = workbook.createSheet(text.instructionsName());
		sheet.setRightToLeft(text.rightToLeft());
		sheet.setColumnWidth(0, 28 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		bold.setVerticalAlignment(VerticalAlignment.TOP);
		CellStyle wrap = workbook.createCellStyle();
		wrap.setWrapText(true);
		wrap.setVerticalAlignment(VerticalAlignment.TOP);
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue(text.instructionsTitle());
		title.getCell(0).setCellStyle(bold);
		int r = 2;
		for (int i = 0; i < TemplateText.COLUMNS.size(); i++) {
			addLine(sheet.createRow(r++), bold, wrap, text.headers().get(i), text.columnHelp().get(i));
		}
		r++;
		for (List<String> note : text.notes()) {
			addLine(sheet.createRow(r++), bold, wrap, note.get(0), note.get(1));
		}
	}

	private static void addLine(Row row, CellStyle bold, CellStyle wrap, String heading, String body) {
		row.createCell(0).setCellValue(heading);
		row.getCell(0).setCellStyle(bold);
		row.createCell(1).setCellValue(body);
		row.getCell(1).setCellStyle(wrap);
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		XSSFCellStyle style = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		style.setFont(font);
		style.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setAlignment(HorizontalAlignment.CENTER);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		style.setDataFormat(workbook.createDataFormat().getFormat("@"));
		return style;
	}

}
