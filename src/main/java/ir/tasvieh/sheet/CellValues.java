package ir.tasvieh.sheet;

import java.math.BigDecimal;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Turns a POI cell of an {@code .xlsx} or {@code .xls} sheet into a {@link SheetCell}:
 * the text the user sees, and for numbers the exact double, because a SHEBA or card typed
 * as a number must be recognised as numeric and never rounded to 15 digits.
 */
final class CellValues {

	private final DataFormatter formatter = new DataFormatter(Locale.US);

	private final boolean date1904;

	CellValues(boolean date1904) {
		this.date1904 = date1904;
	}

	SheetCell of(Cell cell) {
		boolean formula = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA;
		// A formula is never evaluated here: its cached value is what the user saw.
		org.apache.poi.ss.usermodel.CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> numeric(cell, formula);
			case STRING -> text(cell.getStringCellValue(), formula);
			case BOOLEAN ->
				new SheetCell(cell.getBooleanCellValue() ? "TRUE" : "FALSE", CellType.BOOLEAN, null, formula);
			case ERROR -> new SheetCell(error(cell), CellType.ERROR, null, formula);
			default -> blank(formula);
		};
	}

	/** A formula without a saved result stays marked, so that the user is told. */
	private static SheetCell blank(boolean formula) {
		return formula ? new SheetCell("", CellType.BLANK, null, true) : SheetCell.BLANK;
	}

	private SheetCell numeric(Cell cell, boolean formula) {
		double value = cell.getNumericCellValue();
		CellStyle style = cell.getCellStyle();
		int format = (style != null) ? style.getDataFormat() : 0;
		String pattern = (style != null) ? style.getDataFormatString() : null;
		if (pattern == null) {
			pattern = "General";
		}
		boolean date = DateUtil.isADateFormat(format, pattern) && DateUtil.isValidExcelDate(value);
		String text = this.formatter.formatRawCellContents(value, format, pattern, this.date1904);
		return new SheetCell(text, date ? CellType.DATE : CellType.NUMBER, new BigDecimal(value), formula);
	}

	private static SheetCell text(String text, boolean formula) {
		return (text == null || text.isEmpty()) ? blank(formula) : new SheetCell(text, CellType.TEXT, null, formula);
	}

	/**
	 * The error as Excel shows it. The streaming reader has no error code for a formula's
	 * cached error, only its text; one bad cell must not reject the sheet.
	 */
	private static String error(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		}
		catch (RuntimeException ex) {
			try {
				// It reads "ERROR: #DIV/0!"; Excel shows "#DIV/0!".
				String text = cell.getStringCellValue();
				int hash = (text != null) ? text.indexOf('#') : -1;
				return (hash >= 0) ? text.substring(hash).strip() : "#ERROR";
			}
			catch (RuntimeException again) {
				return "#ERROR";
			}
		}
	}

}
