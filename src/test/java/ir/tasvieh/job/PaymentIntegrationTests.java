package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.RunOutcome;
import ir.tasvieh.run.RunRefresh;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pays sheets through NextPay's built-in sandbox over real HTTP, with and without
 * injected faults, and counts what the sandbox received: every payout is accepted exactly
 * once.
 */
// Payouts settle in 3s, so that a run can be seen TRACKING. The same properties as
// ResendIntegrationTests, so both share one Spring context.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=3s",
				"tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=3s",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.vandar.batch-size=3",
				"tasvieh.nextpay.read-timeout=1500ms" })
class PaymentIntegrationTests extends SandboxPaymentTestSupport {

	static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044", "IR200170000000000123456789", "IR260220170001010001101001",
			"IR160120000000001234567890" };

	@Test
	void paysEveryRowOnceAndReportsTheProvidersReferences() throws Exception {
		RunResult result = pay(sheet(), Duration.ofSeconds(20));

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(result.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
		assertThat(result.allRowsGood()).isTrue();
		assertPaidExactlyOnce(result);
		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = columns(sheet.getRow(0));
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				assertThat(text(row, columns.get("Status"))).isEqualTo("PAID");
				assertThat(text(row, columns.get("Provider Ref"))).matches("\\d+");
				assertThat(text(row, columns.get("Bank Tracking No"))).matches("\\d{20}");
				assertThat(row.getCell(columns.get("Fee (IRR)")).getNumericCellValue()).isEqualTo(5000d);
				assertThat(row.getCell(columns.get("Total (IRR)")).getNumericCellValue())
					.isEqualTo(row.getCell(columns.get("amount")).getNumericCellValue() + 5000d);
				assertThat(text(row, columns.get("Provider Status"))).containsIgnoringCase("Completed");
				assertThat(text(row, columns.get("Submitted At")))
					.matches("14\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
			}
		}
	}

	@Test
	void paysExactlyOnceWhenAnswersAreLostAfterThePayoutWasTaken() throws Exception {
		this.sandbox.control(Map.of("loseEveryNthAnswer", 2));

		RunResult result = pay(sheet(), Duration.ofSeconds(20));

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertPaidExactlyOnce(result);
	}

	@Test
	void paysExactlyOnceWhenTheServerFailsBeforeTakingThePayout() throws Exception {
		this.sandbox.control(Map.of("failEveryNth5xx", 2));

		RunResult result = pay(sheet(), Duration.ofSeconds(20));

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertPaidExactlyOnce(result);
	}

	@Test
	void asksBeforeResendingWhenCheckoutsTimeOut() throws Exception {
		this.sandbox.control(Map.of("delay", "PT2S"));

		RunResult result = pay(sheet(), Duration.ofSeconds(20));

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertPaidExactlyOnce(result);
	}

	@Test
	void leavesUnfinishedPayoutsToRefreshWhichCompletesTheRunAndRewritesItsWorkbook() throws Exception {
		RunResult result = pay(sheet(), Duration.ZERO);

		assertThat(result.status()).isEqualTo(RunStatus.TRACKING);
		assertThat(result.allRowsGood()).isFalse();
		assertThat(statuses(result.resultPath())).containsOnly("SUBMITTED");
		// Refresh as the timer would until the sandbox has settled every payout.
		List<RunRefresh> refreshed = await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(this.runs::refresh, (runs) -> runs.stream()
				.anyMatch((run) -> run.runId() == result.runId() && run.status() == RunStatus.COMPLETED));

		assertThat(refreshed).anySatisfy((run) -> {
			assertThat(run.runId()).isEqualTo(result.runId());
			assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
			assertThat(run.changed()).isTrue();
		});
		assertThat(this.ledger.rows(result.runId())).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
		assertThat(statuses(result.resultPath())).containsOnly("PAID");
		assertPaidExactlyOnce(result);
	}

	@Test
	void neverSendsATrackerAgainWhenAPaidSheetIsForcedThroughAgain() throws Exception {
		Path sheet = sheet();
		RunResult first = pay(sheet, Duration.ofSeconds(20));

		RunResult forced = this.runs.start(new RunRequest(sheet, sheet.getFileName().toString(), null, false, true,
				this.dir.resolve("out-forced"), "tester", Duration.ofSeconds(5)));

		assertThat(forced.runId()).isNotEqualTo(first.runId());
		assertThat(forced.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.ledger.rows(forced.runId())).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo(PayoutStatus.PAID);
			assertThat(row.findings()).contains("ALREADY_PAID");
			assertThat(row.sentTracker()).isNull();
		});
		assertPaidExactlyOnce(first);
	}

	@Test
	void reportsThePayoutsTheBankFailed() throws Exception {
		Path sheet = sheet();
		this.sandbox.control(Map.of("failTrackersMatching", "^T-fail-"));
		RunResult result = pay(sheet, Duration.ofSeconds(20));

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(result.allRowsGood()).isFalse();
		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows.get(0).status()).isEqualTo(PayoutStatus.FAILED);
		assertThat(rows.subList(1, rows.size())).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
		assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED_WITH_FAILURES);
		assertThat(this.runs.failures(result.runId(), 10)).singleElement().satisfies((failed) -> {
			assertThat(failed.rowNo()).isEqualTo(rows.get(0).rowNo());
			assertThat(failed.reason()).startsWith("Failed (").contains("fail-trackers-matching");
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			XSSFSheet results = workbook.getSheetAt(0);
			assertThat(text(results.getRow(1), columns(results.getRow(0)).get("Provider Status")))
				.isEqualTo(this.runs.failures(result.runId(), 1).get(0).reason());
			// Whoever runs a sheet from the command line hands it in and approves it.
			Map<String, String> summary = new HashMap<>();
			workbook.getSheet("Summary")
				.forEach((row) -> summary.put(text(row, 0),
						(row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING) ? text(row, 1)
								: ""));
			assertThat(summary).containsEntry("Uploaded by", "tester").containsEntry("Approved by", "tester");
		}
	}

	@Test
	void refusesToPayBeyondTheBalanceAndResumesOnceToppedUp() throws Exception {
		Path sheet = sheet();
		this.sandbox.control(Map.of("insufficientBalance", true));
		RunResult refused = pay(sheet, Duration.ofSeconds(20));
		assertThat(refused.status()).isEqualTo(RunStatus.FAILED);
		assertThat(refused.failure()).contains("balance");
		for (LedgerRow row : this.ledger.rows(refused.runId())) {
			assertThat(this.sandbox.checkoutRequests(row.tracker())).isEmpty();
		}

		this.sandbox.reset();
		RunResult resumed = pay(sheet, Duration.ofSeconds(20));

		assertThat(resumed.runId()).isEqualTo(refused.runId());
		assertThat(resumed.status()).isEqualTo(RunStatus.COMPLETED);
		assertPaidExactlyOnce(resumed);
	}

	private void assertPaidExactlyOnce(RunResult result) {
		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows).isNotEmpty();
		for (LedgerRow row : rows) {
			assertThat(this.sandbox.accepted(row.tracker())).as("payouts taken for %s", row.tracker()).isOne();
			assertThat(this.sandbox.duplicates(row.tracker())).as("duplicates sent for %s", row.tracker()).isZero();
		}
	}

	private RunResult pay(Path sheet, Duration followFor) {
		return this.runs.start(new RunRequest(sheet, sheet.getFileName().toString(), null, false, false,
				this.dir.resolve("out"), "tester", followFor));
	}

	/**
	 * A sheet of distinct content (so each test's trackers are its own); the first row's
	 * tracker is T-fail-N.
	 */
	private Path sheet() throws Exception {
		int n = nextSheet();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount", "tracker" });
		for (int i = 0; i < SHEBAS.length; i++) {
			rows.add(new String[] { "Payee " + i, SHEBAS[i], Long.toString(1_000_000L * (i + 1) + n),
					(i == 0) ? "T-fail-" + n + "-" + System.nanoTime() : null });
		}
		return TestSheets.xlsx(this.dir.resolve("pay-" + n + ".xlsx"), rows.toArray(new String[0][]));
	}

	private static List<String> statuses(Path workbookFile) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(workbookFile.toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int status = columns(sheet.getRow(0)).get("Status");
			List<String> statuses = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				statuses.add(text(sheet.getRow(r), status));
			}
			return statuses;
		}
	}

	private static Map<String, Integer> columns(Row header) {
		Map<String, Integer> columns = new HashMap<>();
		header.forEach((cell) -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
		return columns;
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell != null) ? cell.getStringCellValue() : "";
	}

}
