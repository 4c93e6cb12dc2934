package ir.tasvieh.sheet;

import java.io.Closeable;
import java.io.IOException;

/**
 * The non-blank rows of one sheet in sheet order, header included; one implementation per
 * file format.
 */
interface RowSource extends Closeable {

	/** The next row with at least one non-blank cell, or {@code null} at the end. */
	SheetRow next() throws IOException;

}
