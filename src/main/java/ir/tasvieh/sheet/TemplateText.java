package ir.tasvieh.sheet;

import java.util.List;

/**
 * The words of a blank payout template in one language: sheet names, column headers (in
 * the order of {@link #COLUMNS}) and the instructions sheet.
 *
 * @param sheetName the name of the payout sheet
 * @param instructionsName the name of the instructions sheet
 * @param headers the column headers, one per entry of {@link #COLUMNS}
 * @param instructionsTitle the first line of the instructions sheet
 * @param columnHelp what to write in each column, one per entry of {@link #COLUMNS}
 * @param notes general notes as (heading, text) pairs
 * @param amountError the amount validation's error message (Excel allows 255 characters)
 * @param rightToLeft whether the sheets read right to left
 */
record TemplateText(String sheetName, String instructionsName, List<String> headers, String instructionsTitle,
		List<String> columnHelp, List<List<String>> notes, String amountError, boolean rightToLeft) {

	/** The template's columns, in sheet order. */
	static final List<Column> COLUMNS = List.of(Column.NAME, Column.SHEBA, Column.CARD, Column.AMOUNT, Column.TRACKER,
			Column.DESCRIPTION, Column.PAYMENT_NUMBER);

	static TemplateText of(String lang) {
		if ("en".equals(lang)) {
			return TemplateTextEn.TEXT;
		}
		if ("fa".equals(lang)) {
			return TemplateTextFa.TEXT;
		}
		throw new IllegalArgumentException("Unknown template language '" + lang + "': expected fa or en");
	}

	TemplateText {
		if (amountError.length() > 255) {
			throw new IllegalArgumentException("Excel refuses validation messages over 255 characters");
		}
	}

}
