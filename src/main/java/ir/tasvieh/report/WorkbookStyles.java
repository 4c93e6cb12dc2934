package ir.tasvieh.report;

import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

import ir.tasvieh.payout.PayoutStatus;

/**
 * The few cell styles of a result workbook, created once per workbook and shared by every
 * cell (a style per cell would exhaust Excel's 64,000 styles on a large sheet).
 */
final class WorkbookStyles {

	static final int MAX_CELL_TEXT = 32_767;

	final CellStyle header;

	/** A header that looks like a formula, quote-prefixed as {@link #quotedText}. */
	final CellStyle quotedHeader;

	final CellStyle text;

	/**
	 * Text that looks like a formula: quote-prefixed so Excel keeps it text even when
	 * edited.
	 */
	final CellStyle quotedText;

	final CellStyle rials;

	final CellStyle decimalAmount;

	private final Map<PayoutStatus, CellStyle> statuses = new EnumMap<>(PayoutStatus.class);

	WorkbookStyles(Workbook workbook) {
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.quotedHeader = workbook.createCellStyle();
		this.quotedHeader.cloneStyleFrom(this.header);
		this.quotedHeader.setQuotePrefixed(true);
		this.text = workbook.createCellStyle();
		this.text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		this.quotedText = workbook.createCellStyle();
		this.quotedText.cloneStyleFrom(this.text);
		this.quotedText.setQuotePrefixed(true);
		this.rials = workbook.createCellStyle();
		this.rials.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		this.decimalAmount = workbook.createCellStyle();
		this.decimalAmount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
		CellStyle green = filled(workbook, IndexedColors.LIGHT_GREEN);
		CellStyle red = filled(workbook, IndexedColors.ROSE);
		CellStyle amber = filled(workbook, IndexedColors.LIGHT_ORANGE);
		this.statuses.put(PayoutStatus.PAID, green);
		this.statuses.put(PayoutStatus.INVALID, red);
		this.statuses.put(PayoutStatus.FAILED, red);
		this.statuses.put(PayoutStatus.CANCELED, red);
		this.statuses.put(PayoutStatus.REVERSED, red);
		this.statuses.put(PayoutStatus.SUBMITTED, amber);
		// In doubt is not "in flight": a colour of its own, so a reader looks twice.
		this.statuses.put(PayoutStatus.UNKNOWN, filled(workbook, IndexedColors.LAVENDER));
	}

	private static CellStyle filled(Workbook workbook, IndexedColors colour) {
		CellStyle style = workbook.createCellStyle();
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	CellStyle status(PayoutStatus status) {
		return this.statuses.getOrDefault(status, this.text);
	}

	/**
	 * The style for a text cell: text that Excel could take for a formula is
	 * quote-prefixed.
	 */
	CellStyle forText(String value) {
		return looksLikeFormula(value) ? this.quotedText : this.text;
	}

	/** The header style for a header text. */
	CellStyle forHeader(String value) {
		return looksLikeFormula(value) ? this.quotedHeader : this.header;
	}

	/**
	 * Text cut to Excel's limit of {@value #MAX_CELL_TEXT} characters per cell, ending in
	 * {@code …} when cut; POI refuses longer text, and the ledger keeps the whole input.
	 */
	static String fitted(String value) {
		if (value == null || value.length() <= MAX_CELL_TEXT) {
			return value;
		}
		int end = MAX_CELL_TEXT - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "…";
	}

	static boolean looksLikeFormula(String value) {
		if (value == null || value.isEmpty()) {
			return false;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

}
