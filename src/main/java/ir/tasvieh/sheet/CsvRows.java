package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;

/**
 * Streams the records of a CSV sheet; every cell is text.
 */
final class CsvRows implements RowSource {

	/** A stray quote must not swallow the rest of a million-row file into one field. */
	private static final int MULTILINE_LIMIT = 100;

	private final CSVReader reader;

	private int record;

	private CsvRows(CSVReader reader) {
		this.reader = reader;
	}

	static CsvRows open(Path file) throws IOException {
		CsvDialect dialect = CsvDialect.detect(file);
		Reader text = dialect.open(file);
		// No escape character: a backslash in a name or description is just a backslash.
		CSVParser parser = new CSVParserBuilder().withSeparator(dialect.separator())
			.withQuoteChar('"')
			.withEscapeChar(CSVParser.NULL_CHARACTER)
			.build();
		CsvRows rows = new CsvRows(
				new CSVReaderBuilder(text).withCSVParser(parser).withMultilineLimit(MULTILINE_LIMIT).build());
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
		catch (CsvValidationException ex) {
			throw new IOException(ex.getMessage(), ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

}
