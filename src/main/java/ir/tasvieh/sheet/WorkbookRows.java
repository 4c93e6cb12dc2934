package ir.tasvieh.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.github.pjfanning.xlsx.SharedStringsImplementationType;
import com.github.pjfanning.xlsx.StreamingReader;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Date1904Support;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Streams the rows of the first visible sheet of an {@code .xlsx} (pjfanning's streaming
 * reader, a few rows in memory at a time) or {@code .xls} workbook (loaded whole: the
 * format holds at most 65,536 rows).
 */
final class WorkbookRows implements RowSource {

	private static final int ROW_CACHE = 100;

	private static final int BUFFER = 8192;

	private static final long LARGE_SHARED_STRINGS = 16L * 1024 * 1024;

	private final Closeable[] resources;

	private final Iterator<Row> rows;

	private final CellValues values;

	private WorkbookRows(Workbook workbook, Closeable... resources) {
		this.resources = resources;
		this.values = new CellValues(workbook instanceof Date1904Support support && support.isDate1904());
		this.rows = workbook.getSheetAt(firstVisibleSheet(workbook)).rowIterator();
	}

	static WorkbookRows xlsx(Path file) throws IOException {
		Workbook workbook = StreamingReader.builder()
			.rowCacheSize(ROW_CACHE)
			.bufferSize(BUFFER)
			.setSharedStringsImplementationType(sharedStringsFor(file))
			.setReadComments(false)
			.setReadHyperlinks(false)
			.setReadShapes(false)
			.open(file.toFile());
		return opened(workbook, workbook);
	}

	/**
	 * Read-only shared strings in memory (a plain list, not POI's rich-text model) are
	 * fastest, but a million distinct strings fill a 256 MB heap; a large table is kept
	 * in a temporary file instead.
	 */
	private static SharedStringsImplementationType sharedStringsFor(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
			long size = (strings != null) ? strings.getSize() : 0;
			return (size > LARGE_SHARED_STRINGS || size < 0) ? SharedStringsImplementationType.TEMP_FILE_BACKED
					: SharedStringsImplementationType.POI_READ_ONLY;
		}
	}

	static WorkbookRows xls(Path file) throws IOException {
		POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
		try {
			HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), true);
			return opened(workbook, workbook, fs);
		}
		catch (IOException | RuntimeException ex) {
			fs.close();
			throw ex;
		}
	}

	private static WorkbookRows opened(Workbook workbook, Closeable... resources) throws IOException {
		try {
			return new WorkbookRows(workbook, resources);
		}
		catch (RuntimeException ex) {
			closeAll(resources);
			throw ex;
		}
	}

	private static int firstVisibleSheet(Workbook workbook) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			// The streaming workbook answers these two but not getSheetVisibility.
			if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
				return i;
			}
		}
		throw new IllegalStateException("The workbook has no visible sheet");
	}

	@Override
	public SheetRow next() {
		while (this.rows.hasNext()) {
			Row row = this.rows.next();
			SheetRow mapped = map(row);
			if (mapped != null) {
				return mapped;
			}
		}
		return null;
	}

	/**
	 * The row's cells up to its last non-blank one, or {@code null} when all are blank.
	 */
	private SheetRow map(Row row) {
		List<SheetCell> cells = new ArrayList<>();
		boolean blank = true;
		for (Cell cell : row) {
			SheetCell value = this.values.of(cell);
			if (value.type() == CellType.BLANK && !value.formula()) {
				continue;
			}
			int column = cell.getColumnIndex();
			while (cells.size() <= column) {
				cells.add(SheetCell.BLANK);
			}
			cells.set(column, value);
			blank &= value.isBlank();
		}
		return blank ? null : new SheetRow(row.getRowNum() + 1, cells);
	}

	@Override
	public void close() throws IOException {
		closeAll(this.resources);
	}

	private static void closeAll(Closeable... resources) throws IOException {
		IOException failure = null;
		for (Closeable resource : resources) {
			try {
				resource.close();
			}
			catch (IOException ex) {
				failure = (failure != null) ? failure : ex;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

}
