package ir.tasvieh.sheet;

/**
 * What kind of value a spreadsheet cell held. CSV cells are always {@link #TEXT}.
 */
public enum CellType {

	BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR

}
