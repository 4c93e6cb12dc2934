package ir.tasvieh.sheet;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import com.opencsv.exceptions.CsvMultilineLimitBrokenException;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Streams the records of a CSV sheet; every cell is text. A quote that is never closed, a
 * line longer than {@value #MAX_LINE} characters or a NUL character rejects the sheet,
 * naming the row.
 */
final class CsvRows implements RowSource {

	/** A stray quote must not swallow the rest of a million-row file into one field. */
	private static final int MULTILINE_LIMIT = 100;

	/**
	 * The reader holds a whole line in memory: a file without line breaks must not fill
	 * it. A payout row is a few hundred characters; a long description a few thousand.
	 */
	static final int MAX_LINE = 1024 * 1024;

	private final CSVReader reader;

	private final String name;

	private int record;

	private CsvRows(CSVReader reader, String name) {
		this.reader = reader;
		this.name = name;
	}

	static CsvRows open(Path file, String name) throws IOException {
		CsvDialect dialect = CsvDialect.detect(file, name);
		Reader text = new LineLimit(dialect.open(file));
		// No escape character: a backslash in a name or description is just a backslash.
		CSVParser parser = new CSVParserBuilder().withSeparator(dialect.separator())
			.withQuoteChar('"')
			.withEscapeChar(CSVParser.NULL_CHARACTER)
			.build();
		CsvRows rows = new CsvRows(
				new CSVReaderBuilder(text).withCSVParser(parser).withMultilineLimit(MULTILINE_LIMIT).build(), name);
		if (dialect.separatorLine()) {
			rows.readNext();
			rows.record++;
		}
		return rows;
	}

	@Override
	public SheetRow next() throws IOException {
		String[] fields;
		while ((fields = readNext()) != null) {
			this.record++;
			List<SheetCell> cells = new ArrayList<>(fields.length);
			boolean blank = true;
			for (String field : fields) {
				SheetCell cell = SheetCell.text(field);
				blank &= cell.isBlank();
				cells.add(cell);
			}
			if (!blank) {
				return new SheetRow(this.record, cells);
			}
		}
		return null;
	}

	private String[] readNext() throws IOException {
		try {
			return this.reader.readNext();
		}
		catch (CsvMalformedLineException | CsvMultilineLimitBrokenException ex) {
			throw Rejections.unclosedQuote(this.name, this.record + 1, ex);
		}
		catch (LineTooLong ex) {
			throw Rejections.lineTooLong(this.name, ex.line, MAX_LINE);
		}
		catch (NulCharacter ex) {
			throw Rejections.nulBytes(this.name, ex.line);
		}
		catch (CsvValidationException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	/**
	 * Fails a read once a line grows past {@link #MAX_LINE} characters, or at a NUL
	 * character (the parser would take it for its escape character and drop it).
	 */
	private static final class LineLimit extends FilterReader {

		private int length;

		/** The line being read (the parser reads ahead of the record it returns). */
		private long line = 1;

		LineLimit(Reader in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int c = super.read();
			count((char) c, c >= 0);
			return c;
		}

		@Override
		public int read(char[] buffer, int offset, int count) throws IOException {
			int read = super.read(buffer, offset, count);
			for (int i = 0; i < read; i++) {
				count(buffer[offset + i], true);
			}
			return read;
		}

		private void count(char c, boolean read) throws IOException {
			if (!read) {
				return;
			}
			if (c == '\0') {
				throw new NulCharacter(this.line);
			}
			this.line += (c == '\n') ? 1 : 0;
			this.length = (c == '\n' || c == '\r') ? 0 : this.length + 1;
			if (this.length > MAX_LINE) {
				throw new LineTooLong(this.line);
			}
		}

	}

	private static final class NulCharacter extends IOException {

		private final long line;

		NulCharacter(long line) {
			super("A NUL character in line " + line);
			this.line = line;
		}

	}

	private static final class LineTooLong extends IOException {

		private final long line;

		LineTooLong(long line) {
			super("Line " + line + " is longer than " + MAX_LINE + " characters");
			this.line = line;
		}

	}

}
