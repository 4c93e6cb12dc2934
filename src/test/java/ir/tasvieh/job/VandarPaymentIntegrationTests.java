package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pays sheets through Vandar's built-in sandbox in batches of three, with and without
 * faults, and counts the batches the sandbox took: every payout is in exactly one
 * accepted batch.
 */
class VandarPaymentIntegrationTests extends SandboxPaymentTestSupport {

	RestClient vandarLog;

	@BeforeEach
	void openTheVandarLog() {
		this.vandarLog = RestClient.create("http://127.0.0.1:" + this.port + "/sandbox/vandar");
	}

	@Test
	void paysEveryRowInBatchesAndFollowsEachToTheBank() throws Exception {
		RunResult result = pay(sheet());

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(result.allRowsGood()).isTrue();
		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo(PayoutStatus.PAID);
			assertThat(row.providerRef()).isNotBlank();
			assertThat(row.bankTrackingNo()).isNotBlank();
			assertThat(row.batchId()).matches("[0-9a-f]{128}");
		});
		assertThat(rows.stream().map(LedgerRow::batchId).distinct()).hasSize(2);
		assertEachPaidOnce(rows);
	}

	@Test
	void paysExactlyOnceWhenBatchAnswersAreLost() throws Exception {
		this.sandbox.control(Map.of("vandarLoseEveryNthAnswer", 2));

		RunResult result = pay(sheet());

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertEachPaidOnce(this.ledger.rows(result.runId()));
	}

	@Test
	void paysExactlyOnceWhenTheServerFails() throws Exception {
		this.sandbox.control(Map.of("vandarFailEveryNth5xx", 2));

		RunResult result = pay(sheet());

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertEachPaidOnce(this.ledger.rows(result.runId()));
	}

	@Test
	void refreshesAnExpiredTokenMidRun() throws Exception {
		this.sandbox.control(Map.of("vandarExpireTokensNow", true));

		RunResult result = pay(sheet());

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertEachPaidOnce(this.ledger.rows(result.runId()));
	}

	@Test
	void reportsItemsVandarFailed() throws Exception {
		this.sandbox.control(Map.of("vandarFailTrackersMatching", "^V-fail-"));

		RunResult result = pay(sheet());

		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows.get(0).status()).isEqualTo(PayoutStatus.FAILED);
		assertThat(rows.subList(1, rows.size())).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
	}

	private void assertEachPaidOnce(List<LedgerRow> rows) {
		List<Map<String, Object>> requests = this.vandarLog.get()
			.uri("/_requests")
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
		for (LedgerRow row : rows) {
			long accepted = requests.stream()
				.filter((request) -> "accepted".equals(request.get("outcome")))
				.filter((request) -> String.valueOf(request.get("trackIds")).contains(row.tracker()))
				.count();
			assertThat(accepted).as("accepted batches holding %s", row.tracker()).isOne();
		}
	}

	private RunResult pay(Path sheet) {
		return this.runs.start(new RunRequest(sheet, sheet.getFileName().toString(), ProviderName.VANDAR, false, false,
				this.dir.resolve("out"), "tester", Duration.ofSeconds(20)));
	}

	private Path sheet() throws Exception {
		int n = nextSheet();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount", "tracker", "description" });
		for (int i = 0; i < PaymentIntegrationTests.SHEBAS.length; i++) {
			rows.add(new String[] { "Payee " + i, PaymentIntegrationTests.SHEBAS[i],
					Long.toString(3_000_000L * (i + 1) + n), (i == 0) ? "V-fail-" + n + "-" + System.nanoTime() : null,
					"حقوق / آذر " + i });
		}
		return TestSheets.xlsx(this.dir.resolve("vandar-" + n + ".xlsx"), rows.toArray(new String[0][]));
	}

}
