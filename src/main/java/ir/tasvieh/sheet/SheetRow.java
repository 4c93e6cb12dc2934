package ir.tasvieh.sheet;

import java.util.List;

/**
 * One data row of a payout sheet.
 *
 * @param rowNumber the row number as the spreadsheet shows it (1-based; for CSV the
 * line's record number, 1-based, header included)
 * @param cells the row's cells in sheet column order; may be shorter than the header
 */
public record SheetRow(int rowNumber, List<SheetCell> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	/** The cell at a 0-based column index, blank when the row is shorter. */
	public SheetCell cell(int index) {
		return (index >= 0 && index < this.cells.size()) ? this.cells.get(index) : SheetCell.BLANK;
	}

}
