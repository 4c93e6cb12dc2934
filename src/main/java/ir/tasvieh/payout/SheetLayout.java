package ir.tasvieh.payout;

import java.util.List;

/**
 * How a run's input sheet was laid out, kept so that its result workbook can be written
 * again at any time with every input column in its original order and text.
 *
 * @param headerRow the sheet row number of the header
 * @param headerNames every header cell's text, in sheet order
 * @param cardColumn 0-based index of the card column, or -1
 * @param trackerColumn 0-based index of the tracker column, or -1
 * @param amountColumn 0-based index of the amount column
 * @param amountUnit {@code IRR} or {@code IRT}: the unit the amount column was read in
 * @param persian whether the headers are Persian
 */
public record SheetLayout(int headerRow, List<String> headerNames, int cardColumn, int trackerColumn, int amountColumn,
		String amountUnit, boolean persian) {

	public SheetLayout {
		headerNames = List.copyOf(headerNames);
	}

}
