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
 * @param aboveHeader the rows above the header, each as {@code row N: text | text}; they
 * are not data and the Summary sheet names them
 */
public record SheetLayout(int headerRow, List<String> headerNames, int cardColumn, int trackerColumn, int amountColumn,
		String amountUnit, boolean persian, List<String> aboveHeader) {

	public SheetLayout {
		headerNames = List.copyOf(headerNames);
		aboveHeader = List.copyOf(aboveHeader);
	}

	/** The layout of a sheet whose header is its first non-blank row. */
	public SheetLayout(int headerRow, List<String> headerNames, int cardColumn, int trackerColumn, int amountColumn,
			String amountUnit, boolean persian) {
		this(headerRow, headerNames, cardColumn, trackerColumn, amountColumn, amountUnit, persian, List.of());
	}

}
