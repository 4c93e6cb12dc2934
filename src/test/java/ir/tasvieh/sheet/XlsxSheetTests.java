package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxSheetTests {

	@TempDir
	Path dir;

	private final PayoutSheets sheets = new StreamingPayoutSheets();

	@Test
	void readsTheFirstVisibleSheetWithPersianHeadersInAnyOrder() throws IOException {
		Path file = persianWorkbook();
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			SheetHeader header = reader.header();
			assertThat(header.rowNumber()).isEqualTo(3);
			assertThat(header.names()).containsExactly("توضيحات", "شماره شبا", "نام و نام\u200Cخانوادگی", "شعبه",
					"مبلغ (تومان)", "شماره كارت", "تاریخ");
			assertThat(header.columns()).containsEntry(Column.DESCRIPTION, 0)
				.containsEntry(Column.SHEBA, 1)
				.containsEntry(Column.NAME, 2)
				.containsEntry(Column.AMOUNT, 4)
				.containsEntry(Column.CARD, 5)
				.hasSize(5);
			assertThat(header.amountUnit()).isEqualTo(AmountUnit.IRT);
			assertThat(header.persian()).isTrue();

			SheetRow row = reader.next();
			assertThat(row.rowNumber()).isEqualTo(4);
			assertThat(header.cell(row, Column.NAME)).isEqualTo(SheetCell.text("علی رضایی"));
			assertThat(header.cell(row, Column.DESCRIPTION).text()).isEqualTo("حقوق آبان");
			assertThat(row.cell(3).text()).isEqualTo("مرکزی");
			assertThat(reader.next()).isNull();
		}
	}

	@Test
	void readsAResultWorkbookSentBackInFromItsFirstSheetAndIgnoresItsSummary() throws IOException {
		Path file = this.dir.resolve("payouts.result.xlsx");
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet result = workbook.createSheet("Result");
			String[] header = { "name", "sheba", "amount", "Status", "Errors", "Bank", "Provider", "Provider Ref",
					"Tracker", "Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status", "Submitted At",
					"Updated At" };
			Row names = result.createRow(0);
			for (int i = 0; i < header.length; i++) {
				names.createCell(i).setCellValue(header[i]);
			}
			Row row = result.createRow(1);
			row.createCell(0).setCellValue("Ali");
			row.createCell(1).setCellValue("IR820540102680020817909002");
			row.createCell(2).setCellValue(1_000_000);
			row.createCell(3).setCellValue("FAILED");
			row.createCell(8).setCellValue("3f2b9c1e-5d7a-3c4e-9b1f-0a2d4c6e8f10");
			Sheet summary = workbook.createSheet("Summary");
			for (int r = 0; r < 10; r++) {
				summary.createRow(r).createCell(0).setCellValue("name " + r);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			SheetHeader header = reader.header();
			assertThat(header.inputColumns()).containsExactly(0, 1, 2);
			SheetRow row = reader.next();
			assertThat(header.cell(row, Column.RESULT_TRACKER).text())
				.isEqualTo("3f2b9c1e-5d7a-3c4e-9b1f-0a2d4c6e8f10");
			assertThat(reader.next()).as("the Summary sheet is not read").isNull();
		}
	}

	@Test
	void keepsTheExactValueOfNumericIdentifiers() throws IOException {
		try (PayoutSheetReader reader = this.sheets.open(persianWorkbook())) {
			SheetRow row = reader.next();
			SheetCell sheba = reader.header().cell(row, Column.SHEBA);
			assertThat(sheba.type()).isEqualTo(CellType.NUMBER);
			assertThat(sheba.isNumeric()).isTrue();
			// The double nearest to 820540102680020817909002: the digits are already
			// lost.
			assertThat(sheba.number()).isEqualByComparingTo(new BigDecimal("820540102680020854505472"));
			SheetCell card = reader.header().cell(row, Column.CARD);
			assertThat(card.type()).isEqualTo(CellType.NUMBER);
			assertThat(card.number().toPlainString()).isEqualTo("6037701689095443");
		}
	}

	@Test
	void readsTheCachedValueOfAFormulaAndTheDisplayedDate() throws IOException {
		try (PayoutSheetReader reader = this.sheets.open(persianWorkbook())) {
			SheetRow row = reader.next();
			SheetCell amount = reader.header().cell(row, Column.AMOUNT);
			assertThat(amount.formula()).isTrue();
			assertThat(amount.type()).isEqualTo(CellType.NUMBER);
			assertThat(amount.number()).isEqualByComparingTo("2500000");
			assertThat(amount.text()).isEqualTo("2,500,000");
			SheetCell date = row.cell(6);
			assertThat(date.type()).isEqualTo(CellType.DATE);
			assertThat(date.text()).isEqualTo("2026-11-23");
			assertThat(date.number()).isEqualByComparingTo("46349");
		}
	}

	@Test
	void readsAnEnglishHeaderWithARialUnit() throws IOException {
		Path file = this.dir.resolve("payouts.xlsx");
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "Name", "Amount (IRR)", "IBAN", "Tracker", "Payment Number", "Check", "Approved");
			Row data = row(sheet, 1, "Sara Ahmadi", "1500000", "IR820540102680020817909002", "t-1", "42", "", "");
			data.getCell(1).setCellValue(1500000d);
			data.getCell(5).setCellFormula("1/0");
			data.getCell(6).setCellValue(true);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			write(workbook, file);
		}
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().amountUnit()).isEqualTo(AmountUnit.IRR);
			assertThat(reader.header().persian()).isFalse();
			assertThat(reader.header().columns()).containsEntry(Column.TRACKER, 3)
				.containsEntry(Column.PAYMENT_NUMBER, 4);
			SheetRow row = reader.next();
			assertThat(row.cell(1))
				.isEqualTo(new SheetCell("1500000", CellType.NUMBER, new BigDecimal(1500000), false));
			assertThat(row.cell(2).text()).isEqualTo("IR820540102680020817909002");
			assertThat(row.cell(5)).isEqualTo(new SheetCell("#DIV/0!", CellType.ERROR, null, true));
			assertThat(row.cell(6)).isEqualTo(new SheetCell("TRUE", CellType.BOOLEAN, null, false));
		}
	}

	private Path persianWorkbook() throws IOException {
		Path file = this.dir.resolve("حقوق.xlsx");
		try (Workbook workbook = new XSSFWorkbook()) {
			Sheet hidden = workbook.createSheet("old");
			row(hidden, 0, "name", "amount", "sheba");
			row(hidden, 1, "Not this one", "1", "IR000000000000000000000000");
			workbook.setSheetHidden(0, true);
			Sheet sheet = workbook.createSheet("پرداخت");
			CellStyle grey = workbook.createCellStyle();
			grey.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			sheet.createRow(1).createCell(0).setCellStyle(grey);
			// Arabic yeh and kaf, and a ZWNJ inside the name header.
			row(sheet, 2, "توضيحات", "شماره شبا", "نام و نام\u200Cخانوادگی", "شعبه", "مبلغ (تومان)", "شماره كارت",
					"تاریخ");
			Row data = row(sheet, 3, "حقوق آبان", "", "علی رضایی", "مرکزی", "", "", "");
			data.getCell(1).setCellValue(820540102680020817909002d);
			data.getCell(4).setCellFormula("1000000*2.5");
			CellStyle thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			data.getCell(4).setCellStyle(thousands);
			data.getCell(5).setCellValue(6037701689095443d);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			data.getCell(6).setCellValue(LocalDate.of(2026, 11, 23));
			data.getCell(6).setCellStyle(date);
			Row styledButEmpty = sheet.createRow(4);
			styledButEmpty.createCell(2).setCellStyle(grey);
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			write(workbook, file);
		}
		return file;
	}

	static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	static void write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
