package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large synthetic payout sheet (Persian headers, SHEBA rows of several banks,
 * about 2% invalid rows, half without a tracker) in bounded memory with POI's streaming
 * writer, for load tests of the readers and the job. The same rows and seed always give
 * the same rows. Usage: {@code LargeSheetGenerator <out.xlsx> <rows> [seed]}.
 */
public final class LargeSheetGenerator {

	static final List<String> HEADERS = List.of("نام و نام خانوادگی", "شماره شبا", "مبلغ (ریال)", "شناسه پیگیری",
			"توضیحات");

	/** Excel's last row is 1,048,576; one is the header. */
	static final int MAX_ROWS = 1_048_575;

	private static final List<String> DESCRIPTIONS = List.of("حقوق آذر ۱۴۰۴", "پاداش", "تنخواه", "اضافه‌کار",
			"حق‌الزحمه");

	private LargeSheetGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: LargeSheetGenerator <out.xlsx> <rows> [seed]");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		int rows = Integer.parseInt(args[1]);
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 1404L;
		long start = System.nanoTime();
		write(out, rows, seed);
		System.out.printf("wrote %,d rows to %s (%,d bytes) in %.1f s%n", rows, out, Files.size(out),
				(System.nanoTime() - start) / 1e9);
	}

	/**
	 * Writes {@code rows} data rows under a Persian header row.
	 * @param out the {@code .xlsx} file to write
	 * @param rows how many data rows, 1 to {@value #MAX_ROWS}
	 * @param seed the random seed; the same seed gives the same rows
	 */
	public static void write(Path out, int rows, long seed) throws IOException {
		write(out, rows, seed, true);
	}

	/**
	 * Writes {@code rows} data rows under a Persian header row, with or without the
	 * invalid ones (a payout run of an all-valid sheet pays every row).
	 * @param out the {@code .xlsx} file to write
	 * @param rows how many data rows, 1 to {@value #MAX_ROWS}
	 * @param seed the random seed; the same seed gives the same rows
	 * @param withInvalidRows whether about 2% of the rows get an error
	 */
	public static void write(Path out, int rows, long seed, boolean withInvalidRows) throws IOException {
		if (rows < 1 || rows > MAX_ROWS) {
			throw new IllegalArgumentException("rows must be 1.." + MAX_ROWS + ", was " + rows);
		}
		SplittableRandom random = new SplittableRandom(seed);
		SXSSFWorkbook workbook = new SXSSFWorkbook(100);
		workbook.setCompressTempFiles(true);
		try (workbook; OutputStream stream = Files.newOutputStream(out)) {
			workbook.getXSSFWorkbook()
				.getProperties()
				.getCoreProperties()
				.setCreated(java.util.Optional.of(TemplateWorkbook.CREATED));
			Sheet sheet = workbook.createSheet("پرداخت");
			sheet.setRightToLeft(true);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle rials = workbook.createCellStyle();
			rials.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
			}
			for (int r = 1; r <= rows; r++) {
				writeRow(sheet.createRow(r), r, random, seed, withInvalidRows, text, rials);
			}
			workbook.write(stream);
		}
	}

	private static void writeRow(Row row, int r, SplittableRandom random, long seed, boolean withInvalidRows,
			CellStyle text, CellStyle rials) {
		String name = SampleSheetsData.name(random);
		String sheba = SampleSheetsData.sheba(SampleSheetsData.BANKS.get(random.nextInt(SampleSheetsData.BANKS.size())),
				random);
		Object amount = SampleSheetsData.amount(random);
		// About 2% of the rows get one error each: wrong check digit, no name, or a bad
		// amount. The draws are made either way, so the other rows stay the same.
		if (random.nextInt(100) < 2) {
			int error = random.nextInt(3);
			if (withInvalidRows) {
				switch (error) {
					case 0 -> sheba = sheba.substring(0, 25) + (char) ('0' + (sheba.charAt(25) - '0' + 1) % 10);
					case 1 -> name = "";
					default -> amount = "abc";
				}
			}
		}
		setText(row.createCell(0), name, text);
		setText(row.createCell(1), sheba, text);
		if (amount instanceof Long rialAmount) {
			Cell cell = row.createCell(2);
			cell.setCellValue(rialAmount);
			cell.setCellStyle(rials);
		}
		else {
			setText(row.createCell(2), (String) amount, text);
		}
		if (random.nextBoolean()) {
			setText(row.createCell(3), "L" + seed + "-" + r, text);
		}
		setText(row.createCell(4), DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size())), text);
	}

	private static void setText(Cell cell, String value, CellStyle text) {
		cell.setCellValue(value);
		cell.setCellStyle(text);
	}

}
