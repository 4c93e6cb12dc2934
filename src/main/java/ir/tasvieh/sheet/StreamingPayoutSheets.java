package ir.tasvieh.sheet;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;

import org.springframework.stereotype.Component;

/**
 * Opens {@code .xlsx}, {@code .xls} and {@code .csv} payout sheets, told apart by
 * content, and reads them up to their header row.
 */
@Component
class StreamingPayoutSheets implements PayoutSheets {

	/**
	 * The result workbook adds its columns after the input's, and a workbook holds at
	 * most 16,384.
	 */
	static final int MAX_COLUMNS = 16_384 - 12;

	static {
		ZipLimits.apply();
	}

	@Override
	public PayoutSheetReader open(Path file) {
		String name = (file.getFileName() != null) ? file.getFileName().toString() : file.toString();
		SheetFormat format = SheetFormat.detect(file, name);
		RowSource source = source(format, file, name);
		try {
			SheetRow first = source.next();
			if (first == null) {
				throw Rejections.empty(name);
			}
			if (first.cells().size() > MAX_COLUMNS) {
				throw Rejections.tooManyColumns(name, first, MAX_COLUMNS);
			}
			SheetHeader header = HeaderRecognizer.recognize(name, first);
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
