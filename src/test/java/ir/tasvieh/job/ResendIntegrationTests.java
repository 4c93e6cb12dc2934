package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What finance does the day after a run (SPEC 4.1): a sheet with broken rows is paid on
 * the sandbox, where some payouts end Failed; its result workbook, the broken rows fixed,
 * is sent back; then the same workbook is sent a third time. Counted at the sandbox: each
 * payment is taken once per attempt, and paid once.
 */
// Payouts settle in 3s, so that a run can be seen TRACKING. The same properties as
// PaymentIntegrationTests, so both share one Spring context.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=3s",
				"tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=3s",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.vandar.batch-size=3",
				"tasvieh.nextpay.read-timeout=1500ms" })
class ResendIntegrationTests extends SandboxPaymentTestSupport {

	private static final String[] SHEBAS = PaymentIntegrationTests.SHEBAS;

	private static final List<String> RESULT_HEADERS = List.of("Status", "Errors", "Bank", "Provider", "Provider Ref",
			"Tracker", "Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status", "Submitted At", "Updated At");

	@ParameterizedTest
	@EnumSource(ProviderName.class)
	void paysEveryPaymentOnceWhenTheFixedResultWorkbookIsSentBackAndAgain(ProviderName provider) throws Exception {
		String tag = provider.id() + "-" + nextSheet() + "-" + System.nanoTime();
		this.sandbox
			.control(Map.of(provider == ProviderName.NEXTPAY ? "failTrackersMatching" : "vandarFailTrackersMatching",
					"^F-" + tag + "-"));
		Path sheet = TestSheets.xlsx(this.dir.resolve("resend-" + tag + ".xlsx"), rows(tag));

		RunResult first = pay(provider, sheet, false);

		assertThat(first.status()).isEqualTo(RunStatus.COMPLETED);
		List<Map<String, String>> firstResult = ResultSheets.rows(first.resultPath());
		assertThat(firstResult).extracting((row) -> row.get("Status"))
			.containsExactly("INVALID", "INVALID", "FAILED", "PAID", "PAID", "FAILED");

		this.sandbox.reset();
		Path fixed = ResultSheets.edit(first.resultPath(), this.dir.resolve("resend-" + tag + "-fixed.xlsx"),
				Map.of(0, Map.of("name", "Payee 0"), 1, Map.of("sheba", SHEBAS[1])));
		RunResult second = pay(provider, fixed, false);

		assertThat(second.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(second.allRowsGood()).isTrue();
		List<Map<String, String>> secondResult = ResultSheets.rows(second.resultPath());
		assertThat(ResultSheets.headers(second.resultPath())).containsExactlyElementsOf(
				Stream.concat(Stream.of("name", "sheba", "amount", "tracker"), RESULT_HEADERS.stream()).toList());
		assertThat(secondResult).extracting((row) -> row.get("Status")).containsOnly("PAID");
		assertThat(secondResult).extracting((row) -> row.get("Tracker"))
			.as("every tracker survives the round trip")
			.containsExactlyElementsOf(firstResult.stream().map((row) -> row.get("Tracker")).toList());
		assertThat(secondResult.get(2).get("Errors")).contains("RETRY", "-r1", "run " + first.runId());
		assertThat(secondResult.get(5).get("Errors")).contains("RETRY", "-r1");
		assertThat(secondResult.get(3).get("Errors")).contains("ALREADY_PAID", "run " + first.runId());
		assertThat(secondResult.get(4).get("Errors")).contains("ALREADY_PAID");
		assertThat(secondResult.get(0).get("Errors")).isEmpty();
		assertThat(secondResult.get(3).get("Provider Ref")).isEqualTo(firstResult.get(3).get("Provider Ref"));

		List<LedgerRow> firstRows = this.ledger.rows(first.runId());
		List<LedgerRow> secondRows = this.ledger.rows(second.runId());
		for (int i : new int[] { 2, 5 }) {
			assertThat(secondRows.get(i).attempt()).isOne();
			assertThat(secondRows.get(i).retryOf()).isEqualTo(firstRows.get(i).id());
			assertThat(secondRows.get(i).sentTracker()).isEqualTo(firstRows.get(i).tracker() + "-r1");
		}
		for (int i : new int[] { 3, 4 }) {
			assertThat(secondRows.get(i).paidBy()).isEqualTo(firstRows.get(i).id());
			assertThat(secondRows.get(i).sentTracker()).isNull();
		}
		Map<String, Long> taken = this.sandbox.acceptedByTracker(provider);
		assertEachPaymentPaidOnce(secondRows, List.of(firstRows, secondRows), taken);

		RunResult refused = pay(provider, fixed, false);
		assertThat(refused.rejection().reason()).isEqualTo("ALREADY_RUN");
		RunResult third = pay(provider, fixed, true);

		assertThat(third.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(third.allRowsGood()).isTrue();
		assertThat(ResultSheets.rows(third.resultPath())).allSatisfy((row) -> {
			assertThat(row.get("Status")).isEqualTo("PAID");
			assertThat(row.get("Errors")).contains("ALREADY_PAID");
		});
		assertThat(this.ledger.rows(third.runId())).allSatisfy((row) -> assertThat(row.sentTracker()).isNull());
		assertThat(this.sandbox.acceptedByTracker(provider)).as("nothing more reached the sandbox").isEqualTo(taken);
	}

	@Test
	void refusesATrackerAnEarlierRunPaidToAnotherPayee() throws Exception {
		String tag = "clash-" + System.nanoTime();
		RunResult first = pay(ProviderName.NEXTPAY,
				sheet(tag + "-1", new String[] { "Ali", SHEBAS[0], "1000000", tag }), false);
		assertThat(first.allRowsGood()).isTrue();

		RunResult second = pay(ProviderName.NEXTPAY,
				sheet(tag + "-2", new String[] { "Reza", SHEBAS[1], "1000000", tag },
						new String[] { "Ali", SHEBAS[0], "2000000", tag + "-x" }),
				false);

		List<LedgerRow> rows = this.ledger.rows(second.runId());
		assertThat(rows.get(0).status()).isEqualTo(PayoutStatus.INVALID);
		assertThat(rows.get(0).findings()).contains("TRACKER_ALREADY_USED", "run " + first.runId(),
				"another destination or of another amount");
		assertThat(rows.get(0).sentTracker()).isNull();
		assertThat(rows.get(1).status()).as("another tracker is another payment").isEqualTo(PayoutStatus.PAID);
		assertThat(this.sandbox.accepted(tag)).isOne();
	}

	@Test
	void sendsAFailedPaymentAgainToACorrectedShebaAsItsNextAttempt() throws Exception {
		String tag = "F-fix-" + System.nanoTime();
		this.sandbox.control(Map.of("failTrackersMatching", "^" + tag + "$"));
		RunResult first = pay(ProviderName.NEXTPAY,
				sheet(tag + "-1", new String[] { "Ali", SHEBAS[0], "1000000", tag }), false);
		assertThat(this.ledger.rows(first.runId()).get(0).status()).isEqualTo(PayoutStatus.FAILED);

		RunResult second = pay(ProviderName.NEXTPAY,
				sheet(tag + "-2", new String[] { "Ali", SHEBAS[1], "1000000", tag }), false);

		LedgerRow retried = this.ledger.rows(second.runId()).get(0);
		assertThat(retried.status()).isEqualTo(PayoutStatus.PAID);
		assertThat(retried.sentTracker()).isEqualTo(tag + "-r1");
		assertThat(retried.destination()).isEqualTo(SHEBAS[1]);
		assertThat(this.sandbox.accepted(tag)).isOne();
		assertThat(this.sandbox.accepted(tag + "-r1")).isOne();
	}

	@Test
	void showsAPaymentAnEarlierRunIsStillPayingAndFollowsItToTheEnd() throws Exception {
		String tag = "open-" + System.nanoTime();
		Path sheet = sheet(tag, new String[] { "Ali", SHEBAS[0], "1000000", tag },
				new String[] { "Sara", SHEBAS[1], "2000000", null });
		RunResult first = this.runs.start(new RunRequest(sheet, sheet.getFileName().toString(), null, false, false,
				this.dir.resolve("out"), "finance", Duration.ZERO));
		assertThat(first.status()).isEqualTo(RunStatus.TRACKING);

		RunResult second = this.runs.start(new RunRequest(first.resultPath(), "open-again.xlsx", null, false, false,
				this.dir.resolve("out"), "finance", Duration.ZERO));

		assertThat(second.status()).isEqualTo(RunStatus.TRACKING);
		assertThat(this.ledger.rows(second.runId())).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo(PayoutStatus.SUBMITTED);
			assertThat(row.findings()).contains("ALREADY_PAID");
		});
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			this.runs.refresh();
			assertThat(this.runs.find(second.runId()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
		});
		assertThat(this.runs.find(first.runId()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(ResultSheets.rows(second.resultPath())).extracting((row) -> row.get("Status")).containsOnly("PAID");
		assertThat(this.sandbox.accepted(tag)).isOne();
	}

	@Test
	void aDryRunOfAPaidResultWorkbookSaysWhatWouldBeSentAndChangesNothing() throws Exception {
		String tag = "dry-" + System.nanoTime();
		this.sandbox.control(Map.of("failTrackersMatching", "^" + tag + "-f$"));
		RunResult first = pay(ProviderName.NEXTPAY, sheet(tag, new String[] { "Ali", SHEBAS[0], "1000000", tag },
				new String[] { "Sara", SHEBAS[1], "2000000", tag + "-f" }), false);

		RunResult dry = this.runs.start(new RunRequest(first.resultPath(), "dry-again.xlsx", null, true, false,
				this.dir.resolve("out-dry"), "finance", Duration.ZERO));

		assertThat(dry.status()).isEqualTo(RunStatus.DRY_RUN);
		assertThat(dry.allRowsGood()).isTrue();
		List<LedgerRow> rows = this.ledger.rows(dry.runId());
		assertThat(rows).extracting(LedgerRow::status).containsOnly(PayoutStatus.READY);
		assertThat(rows.get(0).findings()).contains("ALREADY_PAID");
		assertThat(rows.get(0).paidBy()).isNull();
		assertThat(rows.get(1).findings()).contains("RETRY", tag + "-f-r1");
		assertThat(this.sandbox.checkoutRequests(tag + "-f-r1")).isEmpty();
	}

	/**
	 * Every attempt of every payment was taken once by the sandbox, and exactly one
	 * attempt of each payment is PAID.
	 */
	private static void assertEachPaymentPaidOnce(List<LedgerRow> payments, List<List<LedgerRow>> runs,
			Map<String, Long> taken) {
		Map<String, List<LedgerRow>> attempts = runs.stream()
			.flatMap(List::stream)
			.filter((row) -> row.sentTracker() != null)
			.collect(Collectors.groupingBy(LedgerRow::tracker));
		for (LedgerRow payment : payments) {
			List<LedgerRow> sent = attempts.get(payment.tracker());
			assertThat(sent).as("attempts of %s", payment.tracker()).isNotEmpty();
			assertThat(sent).filteredOn((row) -> row.status() == PayoutStatus.PAID)
				.as("paid attempts of %s", payment.tracker())
				.hasSize(1);
			for (LedgerRow attempt : sent) {
				assertThat(taken.get(attempt.sentTracker())).as("times %s was taken", attempt.sentTracker()).isOne();
			}
		}
	}

	private RunResult pay(ProviderName provider, Path sheet, boolean force) {
		return this.runs.start(new RunRequest(sheet, sheet.getFileName().toString(), provider, false, force,
				this.dir.resolve("out"), "finance", Duration.ofSeconds(30)));
	}

	private Path sheet(String name, String[]... rows) throws Exception {
		String[][] all = new String[rows.length + 1][];
		all[0] = new String[] { "name", "sheba", "amount", "tracker" };
		System.arraycopy(rows, 0, all, 1, rows.length);
		return TestSheets.xlsx(this.dir.resolve(name + ".xlsx"), all);
	}

	/**
	 * Six rows: the first two broken (no name, a mistyped SHEBA), two that the bank
	 * fails, two that are paid; some with a tracker of their own, some with a derived
	 * one.
	 */
	private static String[][] rows(String tag) {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount", "tracker" });
		rows.add(new String[] { "", SHEBAS[0], "1000000", null });
		rows.add(new String[] { "Payee 1", "IR820540102680020817909003", "2000000", null });
		rows.add(new String[] { "Payee 2", SHEBAS[2], "3000000", "F-" + tag + "-a" });
		rows.add(new String[] { "Payee 3", SHEBAS[3], "4000000", null });
		rows.add(new String[] { "Payee 4", SHEBAS[4], "5000000", "K-" + tag });
		rows.add(new String[] { "Payee 5", SHEBAS[5], "6000000", "F-" + tag + "-b" });
		return rows.toArray(new String[0][]);
	}

}
