package ir.tasvieh.sheet;

import java.io.Closeable;

/**
 * Streams the data rows of one payout sheet, in sheet order, in bounded memory. Rows
 * whose cells are all blank are skipped.
 */
public interface PayoutSheetReader extends Closeable {

	SheetHeader header();

	/**
	 * The next data row, or {@code null} at the end of the sheet.
	 * @throws SheetRejected when the file turns out to be unreadable part-way through
	 */
	SheetRow next();

	@Override
	void close();

}
