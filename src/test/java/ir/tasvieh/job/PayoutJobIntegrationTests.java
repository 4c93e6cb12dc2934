package ir.tasvieh.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PayoutJobIntegrationTests {

	private static final String[] HEADER = { "name", "sheba", "card", "amount (IRR)", "tracker", "description",
			"department" };

	@Autowired
	Runs runs;

	@Autowired
	PayoutLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void validatesEveryRowAndWritesTheResultWorkbookCellByCell() throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("payroll.xlsx"), HEADER,
				row("Ali Rezaei", "IR820540102680020817909002", null, "1,500,000", "T-1", "=HYPERLINK(\"x\")",
						"+Finance"),
				row("Sara Ahmadi", null, "6037701689095443", "2000000", null, "card only", "@ops"),
				row("", "IR550570022080013447370101", null, "3000000", null, null, null),
				row("Reza Karimi", "IR820540102680020817909003", null, "4000000", null, null, null),
				row("Dup One", "IR790610000000700796858044", null, "5000000", "DUP", null, null),
				row("Dup Two", "IR200170000000000123456789", null, "6000000", "DUP", null, null),
				row("Ali Again", "IR820540102680020817909002", null, "1500000", null, "-again", null));

		RunResult result = this.runs.start(request(sheet));

		assertThat(result.rejected()).isFalse();
		assertThat(result.status()).isEqualTo(RunStatus.DRY_RUN);
		assertThat(result.allRowsGood()).isFalse();
		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows).extracting(LedgerRow::status)
			.containsExactly(PayoutStatus.READY, PayoutStatus.INVALID, PayoutStatus.INVALID, PayoutStatus.INVALID,
					PayoutStatus.INVALID, PayoutStatus.INVALID, PayoutStatus.READY);
		assertThat(rows.get(0).amountIrr()).isEqualTo(1_500_000L);
		assertThat(rows.get(1).tracker()).matches("[0-9a-f-]{36}");

		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			XSSFSheet first = workbook.getSheetAt(0);
			assertThat(texts(first.getRow(0))).containsExactly("name", "sheba", "card", "amount (IRR)", "tracker",
					"description", "department", "Status", "Errors", "Bank", "Provider", "Provider Ref", "Tracker",
					"Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status", "Submitted At", "Updated At");
			XSSFRow ali = first.getRow(1);
			assertThat(ali.getCell(7).getStringCellValue()).isEqualTo("READY");
			assertThat(ali.getCell(8)).isNull();
			assertThat(ali.getCell(9).getStringCellValue()).contains("Parsian");
			assertThat(ali.getCell(10).getStringCellValue()).isEqualTo("nextpay");
			assertThat(ali.getCell(12).getStringCellValue()).isEqualTo("T-1");
			assertThat(ali.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(ali.getCell(3).getNumericCellValue()).isEqualTo(1_500_000d);
			assertThat(ali.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
			assertThat(ali.getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(ali.getCell(5).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
			assertThat(ali.getCell(5).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(ali.getCell(6).getCellType()).isEqualTo(CellType.STRING);
			assertThat(ali.getCell(6).getStringCellValue()).isEqualTo("+Finance");

			XSSFRow sara = first.getRow(2);
			assertThat(sara.getCell(2).getStringCellValue()).isEqualTo("603770******5443");
			assertThat(sara.getCell(7).getStringCellValue()).isEqualTo("INVALID");
			assertThat(sara.getCell(7).getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.ROSE.getIndex());
			assertThat(sara.getCell(8).getStringCellValue()).startsWith("CARD_NOT_SUPPORTED: ");
			assertThat(sara.getCell(6).getStringCellValue()).isEqualTo("@ops");

			assertThat(first.getRow(3).getCell(8).getStringCellValue()).startsWith("NAME_MISSING: ");
			assertThat(first.getRow(4).getCell(8).getStringCellValue()).startsWith("SHEBA_CHECKSUM: ");
			assertThat(first.getRow(5).getCell(8).getStringCellValue()).contains("TRACKER_DUPLICATE: ").contains("7");
			assertThat(first.getRow(6).getCell(8).getStringCellValue()).contains("TRACKER_DUPLICATE: ").contains("6");
			XSSFRow again = first.getRow(7);
			assertThat(again.getCell(7).getStringCellValue()).isEqualTo("READY");
			assertThat(again.getCell(8).getStringCellValue()).startsWith("DUPLICATE_PAYEE: ").contains("2");
			assertThat(again.getCell(5).getStringCellValue()).isEqualTo("-again");
			assertThat(first.isRightToLeft()).isFalse();

			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summaryValue(summary, "File")).isEqualTo("payroll.xlsx");
			assertThat(summaryValue(summary, "Run ID")).isEqualTo(Long.toString(result.runId()));
			assertThat(summaryRow(summary, "READY").getCell(1).getNumericCellValue()).isEqualTo(2d);
			assertThat(summaryRow(summary, "READY").getCell(2).getNumericCellValue()).isEqualTo(3_000_000d);
			assertThat(summaryRow(summary, "INVALID").getCell(1).getNumericCellValue()).isEqualTo(5d);
			// Counted while the rows were written (issue 20): the ledger's own tallies.
			List<Tally> byBank = this.ledger.tallyByBank(result.runId());
			assertThat(byBank).isNotEmpty();
			for (Tally bank : byBank) {
				assertThat(summaryRow(summary, bank.key()).getCell(1).getNumericCellValue())
					.isEqualTo((double) bank.count());
				assertThat(summaryRow(summary, bank.key()).getCell(2).getNumericCellValue())
					.isEqualTo((double) bank.totalIrr());
			}
		}
	}

	@Test
	void writesAPersianSheetRightToLeftAndReadsTomanAmountsAsRials() throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("حقوق.xlsx"),
				new String[] { "نام و نام خانوادگی", "شماره شبا", "مبلغ (تومان)" },
				new String[] { "مریم حسینی", "IR550570022080013447370101", "۱۵۰٬۰۰۰" });

		RunResult result = this.runs.start(request(sheet));

		assertThat(result.allRowsGood()).isTrue();
		assertThat(this.ledger.rows(result.runId()).get(0).amountIrr()).isEqualTo(1_500_000L);
		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			assertThat(workbook.getSheetAt(0).isRightToLeft()).isTrue();
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(150_000d);
		}
	}

	@Test
	void validatesASavedPayrollWithATitleRowByRowAndNamesTheRowsAboveItsHeaderInTheSummary() throws Exception {
		Path sheet = this.dir.resolve("20261206-012440-2326c17e-payroll.xlsx");
		try (var in = getClass().getResourceAsStream("/ir/tasvieh/sheet/saved/payroll-titled.xlsx")) {
			java.nio.file.Files.copy(in, sheet);
		}

		RunResult result = this.runs
			.start(new RunRequest(sheet, "حقوق آذر.xlsx", null, true, false, this.dir.resolve("out"), "tester", null));

		assertThat(result.rejected()).isFalse();
		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows).extracting(LedgerRow::rowNo).containsExactly(6, 7, 8);
		assertThat(rows).extracting(LedgerRow::status)
			.containsExactly(PayoutStatus.READY, PayoutStatus.READY, PayoutStatus.INVALID);
		assertThat(rows.get(1).amountIrr()).isEqualTo(3_500_000L);
		assertThat(rows.get(2).findings()).contains("SHEBA");
		assertThat(result.resultPath().getFileName().toString()).isEqualTo("حقوق آذر.result.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			assertThat(texts(workbook.getSheetAt(0).getRow(0))).startsWith("ردیف", "نام و نام خانوادگی");
			XSSFSheet summary = workbook.getSheet("Summary");
			assertThat(summaryValue(summary, "Ignored above the header")).startsWith("row 1: لیست پرداخت حقوق");
			XSSFRow next = summary.getRow(summaryRow(summary, "Ignored above the header").getRowNum() + 1);
			assertThat(next.getCell(1).getStringCellValue()).startsWith("row 2: تاریخ تهیه | ");
		}
	}

	@Test
	void rejectsASheetWithoutTheRequiredColumnsAndKeepsNothingOfIt() throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("no-header.xlsx"), new String[] { "first", "second" },
				new String[] { "a", "b" });
		Integer before = this.jdbc.queryForObject("SELECT COUNT(*) FROM payout_run", Integer.class);

		RunResult result = this.runs.start(request(sheet));

		assertThat(result.rejected()).isTrue();
		assertThat(result.rejection().reason()).isEqualTo("NO_HEADER");
		assertThat(result.rejection().messageEn()).contains("no-header.xlsx");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM payout_run", Integer.class)).isEqualTo(before);
	}

	@Test
	void dryRunsTheSameContentAgainSinceItPaysNothingAndDerivesTheSameTrackers() throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("twice.xlsx"), new String[] { "name", "sheba", "amount" },
				new String[] { "Ali", "IR160120000000001234567890", "2500000" });
		RunResult first = this.runs.start(request(sheet));
		Path copy = java.nio.file.Files.copy(sheet, this.dir.resolve("renamed.xlsx"));

		RunResult second = this.runs.start(request(copy));

		assertThat(second.rejected()).isFalse();
		assertThat(second.status()).isEqualTo(RunStatus.DRY_RUN);
		assertThat(second.runId()).isNotEqualTo(first.runId());
		assertThat(this.ledger.rows(second.runId()).get(0).tracker())
			.isEqualTo(this.ledger.rows(first.runId()).get(0).tracker());
	}

	private RunRequest request(Path sheet) {
		return new RunRequest(sheet, sheet.getFileName().toString(), null, true, false, this.dir.resolve("out"),
				"tester", null);
	}

	private static String[] row(String... cells) {
		return cells;
	}

	private static List<String> texts(XSSFRow row) {
		List<String> texts = new ArrayList<>();
		row.forEach((cell) -> texts.add(cell.getStringCellValue()));
		return texts;
	}

	private static XSSFRow summaryRow(XSSFSheet summary, String label) {
		for (int i = 0; i <= summary.getLastRowNum(); i++) {
			XSSFRow row = summary.getRow(i);
			if (row != null && row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No Summary row " + label);
	}

	private static String summaryValue(XSSFSheet summary, String label) {
		return summaryRow(summary, label).getCell(1).getStringCellValue();
	}

}
