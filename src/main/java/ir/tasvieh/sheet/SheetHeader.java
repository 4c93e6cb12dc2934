package ir.tasvieh.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * @param resultColumns the 0-based indices of the result columns of a result workbook
 * sent back in (SPEC 4.1): they are not input and are not copied into the next result
 * @param above the non-blank rows above the header (a title, a date, notes), which are
 * not data (SPEC 3)
 */
public record SheetHeader(int rowNumber, List<String> names, Map<Column, Integer> columns, AmountUnit amountUnit,
		boolean persian, Set<Integer> resultColumns, List<SheetRow> above) {

	public SheetHeader {
		names = List.copyOf(names);
		columns = Map.copyOf(columns);
		resultColumns = Set.copyOf(resultColumns);
		above = List.copyOf(above);
	}

	/** The header of a sheet with nothing above its header row. */
	public SheetHeader(int rowNumber, List<String> names, Map<Column, Integer> columns, AmountUnit amountUnit,
			boolean persian, Set<Integer> resultColumns) {
		this(rowNumber, names, columns, amountUnit, persian, resultColumns, List.of());
	}

	/** The header of an ordinary payout sheet, without result columns. */
	public SheetHeader(int rowNumber, List<String> names, Map<Column, Integer> columns, AmountUnit amountUnit,
			boolean persian) {
		this(rowNumber, names, columns, amountUnit, persian, Set.of());
	}

	public Optional<Integer> indexOf(Column column) {
		return Optional.ofNullable(this.columns.get(column));
	}

	public boolean has(Column column) {
		return this.columns.containsKey(column);
	}

	/**
	 * The rows above the header, each as {@code row N: text | text}, the way the
	 * {@code Summary} sheet names them.
	 */
	public List<String> aboveLines() {
		return this.above.stream().map(SheetHeader::line).toList();
	}

	private static String line(SheetRow row) {
		StringBuilder line = new StringBuilder();
		for (SheetCell cell : row.cells()) {
			String text = cell.text().strip();
			if (!text.isEmpty()) {
				line.append((line.length() > 0) ? " | " : "").append(text);
			}
		}
		return "row " + row.rowNumber() + ": " + line;
	}

	/** The header text the user wrote for a column, used to name it in messages. */
	public String nameOf(Column column) {
		Integer index = this.columns.get(column);
		return (index != null) ? this.names.get(index) : column.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The cell of a row under a recognised column, blank when the sheet has no such
	 * column.
	 */
	public SheetCell cell(SheetRow row, Column column) {
		Integer index = this.columns.get(column);
		return (index != null) ? row.cell(index) : SheetCell.BLANK;
	}

	/**
	 * The 0-based indices of the input columns, in sheet order: every column but the
	 * result columns of a result workbook.
	 */
	public List<Integer> inputColumns() {
		List<Integer> input = new ArrayList<>(this.names.size());
		for (int i = 0; i < this.names.size(); i++) {
			if (!this.resultColumns.contains(i)) {
				input.add(i);
			}
		}
		return input;
	}

	/**
	 * Where a recognised column is among the {@link #inputColumns() input columns}, or -1
	 * when the sheet has none or it is a result column.
	 */
	public int inputIndexOf(Column column) {
		Integer index = this.columns.get(column);
		return (index != null) ? inputColumns().indexOf(index) : -1;
	}

}
