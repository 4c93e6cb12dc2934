package ir.tasvieh.sheet;

import java.io.IOException;

/**
 * A {@link PayoutSheetReader} over the rows after the header of one {@link RowSource}; a
 * failure part-way through becomes an {@code UNREADABLE} rejection.
 */
final class SourceSheetReader implements PayoutSheetReader {

	private final String file;

	private final RowSource source;

	private final SheetHeader header;

	SourceSheetReader(String file, RowSource source, SheetHeader header) {
		this.file = file;
		this.source = source;
		this.header = header;
	}

	@Override
	public SheetHeader header() {
		return this.header;
	}

	@Override
	public SheetRow next() {
		try {
			return this.source.next();
		}
		catch (SheetRejected ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw ReadFailures.of(this.file, ex);
		}
	}

	@Override
	public void close() {
		try {
			this.source.close();
		}
		catch (IOException ex) {
			// Only read from: nothing is lost, and the caller's outcome must not change.
		}
	}

}
