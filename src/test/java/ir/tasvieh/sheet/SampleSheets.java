package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the example sheets under {@code samples/} deterministically: a valid Persian
 * {@code .xlsx}, a valid English {@code .csv}, and an {@code .xlsx} that triggers every
 * per-row and per-sheet validation code with its expected result. Run from the project
 * directory: {@value #COMMAND}.
 */
public final class SampleSheets {

	static final String COMMAND = "mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt"
			+ " && java -cp target/test-classes:target/classes:$(cat target/cp.txt) ir.tasvieh.sheet.SampleSheets samples";

	static final List<String> FILES = List.of("payouts-valid.xlsx", "payouts-valid.csv", "payouts-errors.xlsx",
			"payouts-errors.expected.csv");

	private SampleSheets() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "samples");
		writeAll(dir);
		FILES.forEach((name) -> System.out.println("wrote " + dir.resolve(name)));
	}

	static void writeAll(Path dir) throws IOException {
		Files.createDirectories(dir);
		writeValidXlsx(dir.resolve("payouts-valid.xlsx"));
		writeValidCsv(dir.resolve("payouts-valid.csv"));
		writeXlsx(dir.resolve("payouts-errors.xlsx"), "Payouts", false, SampleSheetsErrors.HEADERS,
				SampleSheetsErrors.rows().stream().map(SampleSheetsErrors.Row::cells).toList());
		Files.writeString(dir.resolve("payouts-errors.expected.csv"), SampleSheetsErrors.expectedCsv(),
				StandardCharsets.UTF_8);
	}

	/** Ten SHEBA rows of ten banks, Persian headers; every other row has a tracker. */
	private static void writeValidXlsx(Path file) throws IOException {
		SplittableRandom random = new SplittableRandom(1404_09_01L);
		List<String> descriptions = List.of("حقوق آذر ۱۴۰۴", "پاداش پروژه", "تنخواه", "حق‌الزحمه مشاوره");
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			String tracker = (i % 2 == 0) ? String.format("azar-1404-%03d", i + 1) : null;
			rows.add(java.util.Arrays.asList(SampleSheetsData.name(random),
					SampleSheetsData.sheba(SampleSheetsData.BANKS.get(i), random), SampleSheetsData.amount(random),
					tracker, descriptions.get(i % descriptions.size())));
		}
		writeXlsx(file, "پرداخت", true,
				List.of("نام و نام خانوادگی", "شماره شبا", "مبلغ (ریال)", "شناسه پیگیری", "توضیحات"), rows);
	}

	/** Eight SHEBA rows, English headers, UTF-8 without a BOM. */
	private static void writeValidCsv(Path file) throws IOException {
		SplittableRandom random = new SplittableRandom(1404_09_02L);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			ICSVWriter csv = new CSVWriterBuilder(out).withLineEnd("\n").build();
			csv.writeNext(new String[] { "name", "sheba", "amount (IRR)", "tracker", "description" }, false);
			for (int i = 0; i < 8; i++) {
				String sheba = SampleSheetsData.sheba(SampleSheetsData.BANKS.get((i + 3) % 12), random);
				long amount = SampleSheetsData.amount(random);
				// One row each in the print form and with thousands separators, as people
				// type them.
				String shebaText = (i == 5) ? SampleSheetsData.grouped(sheba, " ") : sheba;
				String amountText = (i == 6) ? String.format(java.util.Locale.ROOT, "%,d", amount)
						: Long.toString(amount);
				String tracker = (i % 3 != 1) ? String.format("dey-1404-%03d", i + 1) : "";
				csv.writeNext(new String[] { SampleSheetsData.name(random), shebaText, amountText, tracker,
						"پرداخت دی ۱۴۰۴" }, false);
			}
			csv.flush();
		}
	}

	/**
	 * Writes one sheet: strings in identifier columns and text amounts as TEXT cells,
	 * numbers as numeric cells.
	 */
	static void writeXlsx(Path file, String sheetName, boolean rightToLeft, List<String> headers,
			List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.getProperties().getCoreProperties().setCreated(Optional.of(TemplateWorkbook.CREATED));
			workbook.getProperties().getCoreProperties().setCreator("tasvieh samples");
			Sheet sheet = workbook.createSheet(sheetName);
			sheet.setRightToLeft(rightToLeft);
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			CellStyle rials = workbook.createCellStyle();
			rials.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			Row headerRow = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				headerRow.createCell(c).setCellValue(headers.get(c));
				headerRow.getCell(c).setCellStyle(header);
				sheet.setColumnWidth(c, 30 * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value != null) {
						setCell(row.createCell(c), value, text, rials);
					}
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
	}

	private static void setCell(Cell cell, Object value, CellStyle text, CellStyle rials) {
		if (value instanceof Number number) {
			double d = number.doubleValue();
			cell.setCellValue(d);
			// Whole rial amounts get separators; anything else keeps General so it shows
			// as stored.
			if (number instanceof Long && Math.abs(d) < 1e15) {
				cell.setCellStyle(rials);
			}
		}
		else {
			cell.setCellValue((String) value);
			cell.setCellStyle(text);
		}
	}

	static Set<String> allCodes() {
		return Set.of("NAME_MISSING", "AMOUNT_INVALID", "AMOUNT_OUT_OF_RANGE", "DESTINATION_MISSING", "SHEBA_FORMAT",
				"SHEBA_CHECKSUM", "SHEBA_PRECISION_LOST", "SHEBA_UNKNOWN_BANK", "SHEBA_BANK_MERGED", "CARD_FORMAT",
				"CARD_CHECKSUM", "CARD_UNKNOWN_BANK", "CARD_NOT_SUPPORTED", "TRACKER_FORMAT", "TRACKER_DUPLICATE",
				"DUPLICATE_PAYEE");
	}

}
