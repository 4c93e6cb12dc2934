package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the committed payroll sheets under
 * {@code src/test/resources/ir/tasvieh/sheet/saved} shaped the way a spreadsheet program
 * saves a payroll (no LibreOffice on the build machines to convert real ones): a merged
 * title row, a date cell, a blank row and a note above the header; names in the
 * shared-strings table (one repeated); amounts as numbers under {@code #,##0}; one SHEBA
 * typed as a number (Excel then keeps 15 significant digits); one amount in Persian
 * digits; the CSV as Excel's "CSV UTF-8" writes it (BOM, CRLF, trailing separators on the
 * title rows) and as Persian Windows' "CSV (Comma delimited)" does (Windows-1256). Run
 * from the project directory: {@value #COMMAND}.
 */
public final class SavedSheetsGenerator {

	static final String COMMAND = "mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt"
			+ " && java -cp target/test-classes:target/classes:$(cat target/cp.txt)"
			+ " ir.tasvieh.sheet.SavedSheetsGenerator src/test/resources/ir/tasvieh/sheet/saved";

	static final String TITLE = "لیست پرداخت حقوق آذر ۱۴۰۵";

	static final String NOTE = "مبالغ به ریال است؛ پیش از ارسال بازبینی شود";

	static final List<String> HEADER = List.of("ردیف", "نام و نام خانوادگی", "شماره شبا", "مبلغ (ریال)", "توضیحات");

	/**
	 * Name, SHEBA (a {@code Double} when typed as a number), amount (text when Persian).
	 */
	static final List<List<Object>> ROWS = List.of(List.of("علی رضایی", "IR930170000000001234567001", 25_000_000L),
			List.of("Sara Ahmadi", "IR110120000000009876543002", "۳٬۵۰۰٬۰۰۰"),
			List.of("علی رضایی", 4.60550000000005555555003e23, 1_200_000L));

	private SavedSheetsGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "src/test/resources/ir/tasvieh/sheet/saved");
		Files.createDirectories(dir);
		workbook(new XSSFWorkbook(), dir.resolve("payroll-titled.xlsx"), true);
		workbook(new HSSFWorkbook(), dir.resolve("payroll-titled.xls"), true);
		workbook(new XSSFWorkbook(), dir.resolve("payroll-no-amount.xlsx"), false);
		csv(dir.resolve("payroll-titled.csv"), StandardCharsets.UTF_8, true);
		csv(dir.resolve("payroll-titled-1256.csv"), Charset.forName("windows-1256"), false);
	}

	private static void workbook(Workbook workbook, Path file, boolean withAmount) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("حقوق آذر");
			sheet.setRightToLeft(true);
			DataFormat formats = workbook.createDataFormat();
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(formats.getFormat("yyyy/mm/dd"));
			CellStyle rials = workbook.createCellStyle();
			rials.setDataFormat(formats.getFormat("#,##0"));
			CellStyle plain = workbook.createCellStyle();
			plain.setDataFormat(formats.getFormat("0"));

			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(TITLE);
			title.getCell(0).setCellStyle(bold);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
			Row dated = sheet.createRow(1);
			dated.createCell(0).setCellValue("تاریخ تهیه");
			dated.createCell(1).setCellValue(LocalDate.of(2026, 12, 21));
			dated.getCell(1).setCellStyle(date);
			// Row 3 is left blank, as people leave it; row 4 is a note.
			sheet.createRow(3).createCell(0).setCellValue(NOTE);

			Row header = sheet.createRow(4);
			List<String> names = withAmount ? HEADER : List.of("ردیف", "نام و نام خانوادگی", "شماره شبا", "توضیحات");
			for (int c = 0; c < names.size(); c++) {
				header.createCell(c).setCellValue(names.get(c));
				header.getCell(c).setCellStyle(bold);
			}
			for (int r = 0; r < ROWS.size(); r++) {
				List<Object> values = ROWS.get(r);
				Row row = sheet.createRow(5 + r);
				row.createCell(0).setCellValue(r + 1);
				row.createCell(1).setCellValue((String) values.get(0));
				Cell sheba = row.createCell(2);
				if (values.get(1) instanceof Double typed) {
					sheba.setCellValue(typed);
					sheba.setCellStyle(plain);
				}
				else {
					sheba.setCellValue((String) values.get(1));
				}
				int next = 3;
				if (withAmount) {
					Cell amount = row.createCell(next++);
					if (values.get(2) instanceof Long rial) {
						amount.setCellValue(rial);
						amount.setCellStyle(rials);
					}
					else {
						amount.setCellValue((String) values.get(2));
					}
				}
				row.createCell(next).setCellValue("حقوق آذر");
			}
			workbook.write(out);
		}
	}

	/**
	 * What Windows' best-fit mapping does to text Windows-1256 cannot hold: Persian
	 * {@code ی} becomes Arabic {@code ي}, Persian digits ASCII ones.
	 */
	private static String bestFit1256(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			out.append(switch (c) {
				case 'ی' -> 'ي';
				case '٬' -> ',';
				default -> (c >= '۰' && c <= '۹') ? (char) ('0' + (c - '۰')) : c;
			});
		}
		return out.toString();
	}

	private static void csv(Path file, Charset charset, boolean excelUtf8) throws IOException {
		String eol = "\r\n";
		StringBuilder text = new StringBuilder();
		text.append(TITLE).append(",,,,").append(eol);
		text.append("تاریخ تهیه,1405/09/30,,,").append(eol);
		text.append(",,,,").append(eol);
		text.append(NOTE).append(",,,,").append(eol);
		text.append(String.join(",", HEADER)).append(eol);
		text.append("1,علی رضایی,IR930170000000001234567001,\"25,000,000\",حقوق آذر").append(eol);
		text.append("2,Sara Ahmadi,IR110120000000009876543002,\"۳٬۵۰۰٬۰۰۰\",حقوق آذر").append(eol);
		// Excel writes a SHEBA typed as a number the way it shows it.
		text.append("3,علی رضایی,4.6055E+23,\"1,200,000\",حقوق آذر").append(eol);
		byte[] body = (excelUtf8 ? text.toString() : bestFit1256(text.toString())).getBytes(charset);
		try (OutputStream out = Files.newOutputStream(file)) {
			if (excelUtf8) {
				out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			}
			out.write(body);
		}
	}

}
