package ir.tasvieh.sheet;

import java.math.BigDecimal;

/**
 * One cell of a payout sheet as the user sees it.
 *
 * @param text the cell as displayed (for a numeric cell, formatted the way the
 * spreadsheet shows it); never {@code null}, empty for a blank cell
 * @param type what kind of value the cell held
 * @param number the exact numeric value of a {@link CellType#NUMBER} or
 * {@link CellType#DATE} cell ({@code new BigDecimal(double)}, never rounded to 15
 * digits), else {@code null}
 * @param formula whether the value is the cached result of a formula
 */
public record SheetCell(String text, CellType type, BigDecimal number, boolean formula) {

	public static final SheetCell BLANK = new SheetCell("", CellType.BLANK, null, false);

	public SheetCell {
		text = (text != null) ? text : "";
	}

	public static SheetCell text(String text) {
		return (text == null || text.isEmpty()) ? BLANK : new SheetCell(text, CellType.TEXT, null, false);
	}

	public boolean isNumeric() {
		return this.type == CellType.NUMBER;
	}

	public boolean isBlank() {
		return this.type == CellType.BLANK || this.text.isBlank();
	}

}
