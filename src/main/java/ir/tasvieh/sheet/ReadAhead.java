package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads the rows of a source on a thread of its own, a bounded number of rows ahead of
 * the caller: parsing a workbook's XML costs about as much as validating and storing its
 * rows, and a second core can do the one while the first does the other (issue 9). Rows,
 * the end and any failure reach the caller in sheet order, as if it read them itself.
 */
final class ReadAhead implements RowSource {

	/** Rows waiting at most; small, so a stopped reader holds little. */
	private static final int ROWS = 512;

	/**
	 * Cells waiting at most, so that a sheet of very wide rows cannot fill the heap with
	 * rows nobody has taken yet.
	 */
	private static final int CELLS = 64 * 1024;

	private static final Object END = new Object();

	private final RowSource source;

	private final BlockingQueue<Object> waiting = new ArrayBlockingQueue<>(ROWS);

	private final Semaphore cells = new Semaphore(CELLS);

	private final Thread reader;

	private boolean ended;

	ReadAhead(RowSource source) {
		this.source = source;
		this.reader = new Thread(this::readAll, "sheet-read-ahead");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void readAll() {
		try {
			SheetRow row;
			do {
				row = this.source.next();
				if (row != null) {
					this.cells.acquire(cost(row));
				}
				this.waiting.put((row != null) ? row : END);
			}
			while (row != null);
		}
		catch (InterruptedException ex) {
			// Closed before the end: nobody waits for the rest.
		}
		catch (IOException | RuntimeException | Error ex) {
			try {
				this.waiting.put(new Failure(ex));
			}
			catch (InterruptedException closed) {
				// Closed meanwhile: nobody waits for the failure either.
			}
		}
	}

	@Override
	public SheetRow next() throws IOException {
		if (this.ended) {
			return null;
		}
		Object next;
		try {
			next = this.waiting.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("interrupted while waiting for the next row");
		}
		if (next instanceof SheetRow row) {
			this.cells.release(cost(row));
			return row;
		}
		this.ended = true;
		if (next instanceof Failure failure) {
			failure.rethrow();
		}
		return null;
	}

	private static int cost(SheetRow row) {
		return Math.min(CELLS, Math.max(1, row.cells().size()));
	}

	/**
	 * Stops the reader (it finishes at most the row it is parsing) before closing the
	 * source, which only one thread may use at a time.
	 */
	@Override
	public void close() throws IOException {
		this.reader.interrupt();
		boolean interrupted = false;
		while (this.reader.isAlive()) {
			try {
				this.reader.join();
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		this.source.close();
	}

	private record Failure(Throwable cause) {

		void rethrow() throws IOException {
			if (this.cause instanceof IOException io) {
				throw io;
			}
			if (this.cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw (Error) this.cause;
		}

	}

}
