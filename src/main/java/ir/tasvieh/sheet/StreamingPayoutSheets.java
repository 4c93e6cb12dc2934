package ir.tasvieh.sheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.EncryptedDocumentException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Opens {@code .xlsx}, {@code .xls} and {@code .csv} payout sheets, told apart by
 * content, and reads them up to their header row.
 */
@Component
@EnableConfigurationProperties(SheetSettings.class)
class StreamingPayoutSheets implements PayoutSheets {

	/**
	 * The result workbook adds its columns after the input's, and a workbook holds at
	 * most 16,384.
	 */
	static final int MAX_COLUMNS = 16_384 - 12;

	static {
		ZipLimits.apply();
	}

	/** How many non-blank rows the header is looked for among (SPEC 3). */
	static final int HEADER_SEARCH_ROWS = 20;

	@Override
	public PayoutSheetReader open(Path file, String fileName) {
		String name = (fileName != null && !fileName.isBlank()) ? fileName
				: (file.getFileName() != null) ? file.getFileName().toString() : file.toString();
		SheetFormat format = SheetFormat.detect(file, name);
		RowSource source = source(format, file, name);
		try {
			SheetHeader header = header(name, source);
			return new SourceSheetReader(name, new ReadAhead(source), header);
		}
		catch (SheetRejected ex) {
			closeQuietly(source);
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(source);
			throw ReadFailures.of(name, ex);
		}
	}

	/**
	 * The first row among the first {@value #HEADER_SEARCH_ROWS} non-blank rows that
	 * names the required columns; the rows above it are kept to be named in the result.
	 * Without one, the row that came closest is named in the rejection.
	 */
	private static SheetHeader header(String name, RowSource source) throws IOException {
		List<SheetRow> above = new ArrayList<>();
		HeaderRecognizer.Match closest = null;
		for (int read = 0; read < HEADER_SEARCH_ROWS; read++) {
			SheetRow row = source.next();
			if (row == null) {
				break;
			}
			HeaderRecognizer.Match match = HeaderRecognizer.match(name, row);
			if (match.missing().isEmpty()) {
				if (row.cells().size() > MAX_COLUMNS) {
					throw Rejections.tooManyColumns(name, row, MAX_COLUMNS);
				}
				return match.header(above);
			}
			closest = (closest == null || match.required() > closest.required()) ? match : closest;
			above.add(row);
		}
		if (closest == null) {
			throw Rejections.empty(name);
		}
		throw Rejections.noHeader(name, closest.row(), closest.missing(), above.size());
	}

	private static RowSource source(SheetFormat format, Path file, String name) {
		try {
			return switch (format) {
				case XLSX -> WorkbookRows.xlsx(file);
				case XLS -> WorkbookRows.xls(file);
				case CSV -> CsvRows.open(file, name);
			};
		}
		catch (EncryptedDocumentException ex) {
			throw Rejections.encrypted(name, ex);
		}
		catch (SheetRejected ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			throw ReadFailures.of(name, ex);
		}
	}

	private static void closeQuietly(RowSource source) {
		try {
			source.close();
		}
		catch (IOException ex) {
			// The rejection already thrown says what went wrong.
		}
	}

}
