package ir.tasvieh.sheet;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a payout sheet: every column's original text and where the known
 * columns are.
 *
 * @param rowNumber the sheet row number of the header (1-based)
 * @param names the header cells' original text, in sheet order (unknown columns included)
 * @param columns where each recognised column is (0-based index into {@link #names})
 * @param amountUnit the unit named in the amount header, or {@code null} when it names
 * none
 * @param persian whether the headers are written in Persian (the result sheet is then
 * right-to-left)
 */
public record SheetHeader(int rowNumber, List<String> names, Map<Column, Integer> columns, AmountUnit amountUnit,
		boolean persian) {

	public SheetHeader {
		names = List.copyOf(names);
		columns = Map.copyOf(columns);
	}

	public Optional<Integer> indexOf(Column column) {
		return Optional.ofNullable(this.columns.get(column));
	}

	public boolean has(Column column) {
		return this.columns.containsKey(column);
	}

	/** The header text the user wrote for a column, used to name it in messages. */
	public String nameOf(Column column) {
		Integer index = this.columns.get(column);
		return (index != null) ? this.names.get(index) : column.name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * The cell of a row under a recognised column, blank when the sheet has no such
	 * column.
	 */
	public SheetCell cell(SheetRow row, Column column) {
		Integer index = this.columns.get(column);
		return (index != null) ? row.cell(index) : SheetCell.BLANK;
	}

}
