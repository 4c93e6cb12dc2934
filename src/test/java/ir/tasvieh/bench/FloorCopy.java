package ir.tasvieh.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The floor {@code validate} is measured against: the same sheet only read and written
 * back (every cell, plus two columns) by the fastest streaming reader and writer at hand
 * (fastexcel), with nothing checked and nothing stored. Usage:
 * {@code FloorCopy <in.xlsx> <out.xlsx>}; prints the rows copied.
 */
public final class FloorCopy {

	private FloorCopy() {
	}

	public static void main(String[] args) throws IOException {
		Path in = Path.of(args[0]);
		Path out = Path.of(args[1]);
		long rows;
		// From the file, not a stream, which the reader would hold in memory whole.
		try (ReadableWorkbook source = new ReadableWorkbook(in.toFile());
				OutputStream output = Files.newOutputStream(out)) {
			Workbook target = new Workbook(output, "floor", "1.0");
			Worksheet sheet = target.newWorksheet("Result");
			rows = copy(source.getFirstSheet(), sheet);
			sheet.finish();
			target.finish();
		}
		System.out.println("copied " + rows + " rows");
	}

	private static long copy(Sheet source, Worksheet target) throws IOException {
		long count = 0;
		try (Stream<Row> rows = source.openStream()) {
			for (Row row : (Iterable<Row>) rows::iterator) {
				int r = row.getRowNum() - 1;
				int width = row.getCellCount();
				for (int c = 0; c < width; c++) {
					Cell cell = row.getCell(c);
					if (cell == null || cell.getRawValue() == null) {
						continue;
					}
					if (cell.getType() == CellType.NUMBER) {
						target.value(r, c, cell.asNumber());
					}
					else {
						// Inline, as tasvieh's result workbook writes text: a table of
						// shared strings for a million distinct SHEBAs does not fit in
						// 256 MB.
						target.inlineString(r, c, cell.getText());
					}
				}
				target.inlineString(r, width, (r == 0) ? "Status" : "READY");
				target.inlineString(r, width + 1, (r == 0) ? "Errors" : "");
				if (r % 10_000 == 0) {
					target.flush();
				}
				count++;
			}
		}
		return count;
	}

}
