package ir.tasvieh.sheet;

import java.nio.file.Path;

/**
 * Opens payout sheets ({@code .xlsx}, {@code .xls}, {@code .csv}) for streaming: finds
 * the header row, recognises the columns by their English or Persian names and hands out
 * the data rows.
 */
public interface PayoutSheets {

	/**
	 * Opens a sheet and reads up to its header.
	 * @param file the sheet; its format is known from its content, its name only breaks
	 * ties
	 * @return a reader positioned after the header row
	 * @throws SheetRejected when the file cannot be read or has no header with the
	 * required columns (the message lists what was found and what is expected)
	 */
	default PayoutSheetReader open(Path file) {
		return open(file, null);
	}

	/**
	 * Opens a sheet kept under a name of its own and reads up to its header.
	 * @param file the sheet as stored
	 * @param fileName the name the user gave it, which every message names; {@code null}
	 * for the stored file's own name
	 * @return a reader positioned after the header row
	 * @throws SheetRejected as {@link #open(Path)}
	 */
	PayoutSheetReader open(Path file, String fileName);

}
