package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.AuditEntry;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunStatusChanged;
import ir.tasvieh.run.RunView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * Retrying the FAILED rows of a paid run in place (SPEC 4.1, {@code retry RUN_ID}),
 * through both providers' sandboxes: only the failed rows reach the provider again, each
 * once, as {@code <tracker>-r1}.
 */
@RecordApplicationEvents
class RetryIntegrationTests extends SandboxPaymentTestSupport {

	private static final Actor MANAGER = new Actor("manager", "127.0.0.1");

	@Autowired
	ApplicationEvents events;

	@ParameterizedTest
	@EnumSource(ProviderName.class)
	void sendsOnlyTheFailedRowsAgainAsNewAttempts(ProviderName provider) throws Exception {
		String tag = provider.id() + "-" + nextSheet() + "-" + System.nanoTime();
		RunResult paid = payWithFailures(provider, tag);
		List<LedgerRow> before = this.ledger.rows(paid.runId());
		assertThat(before).extracting(LedgerRow::status)
			.containsExactly(PayoutStatus.FAILED, PayoutStatus.PAID, PayoutStatus.FAILED, PayoutStatus.PAID,
					PayoutStatus.PAID);
		this.sandbox.reset();
		Map<String, Long> takenBefore = this.sandbox.acceptedByTracker(provider);
		this.events.clear();

		RunResult retried = this.runs.retryAndWait(paid.runId(), MANAGER, Duration.ofSeconds(30));

		assertThat(retried.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(retried.allRowsGood()).isTrue();
		List<LedgerRow> after = this.ledger.rows(paid.runId());
		assertThat(after).hasSize(5).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
		for (int i : new int[] { 0, 2 }) {
			assertThat(after.get(i).attempt()).isOne();
			assertThat(after.get(i).retryOf()).isEqualTo(before.get(i).id());
			assertThat(after.get(i).sentTracker()).isEqualTo(before.get(i).tracker() + "-r1");
		}
		for (int i : new int[] { 1, 3, 4 }) {
			assertThat(after.get(i)).isEqualTo(before.get(i));
		}
		assertThat(newlyTaken(takenBefore, this.sandbox.acceptedByTracker(provider))).as("sent by the retry")
			.isEqualTo(Map.of(before.get(0).tracker() + "-r1", 1L, before.get(2).tracker() + "-r1", 1L));
		assertThat(ResultSheets.rows(retried.resultPath())).hasSize(5).allSatisfy((row) -> {
			assertThat(row.get("Status")).isEqualTo("PAID");
		});
		assertThat(ResultSheets.rows(retried.resultPath()).get(0).get("Errors")).contains("RETRY", "-r1");
		assertThat(this.runs.auditTrail(paid.runId())).extracting(AuditEntry::action).contains("RETRIED");
		assertThat(this.runs.auditTrail(paid.runId())).filteredOn((entry) -> entry.action().equals("RETRIED"))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.username()).isEqualTo("manager");
				assertThat(entry.detail()).startsWith("2 FAILED rows");
			});
		assertThat(this.events.stream(RunStatusChanged.class)).contains(
				new RunStatusChanged(paid.runId(), RunStatus.COMPLETED, RunStatus.PAYING),
				new RunStatusChanged(paid.runId(), RunStatus.PAYING, RunStatus.COMPLETED));

		RunActionRefused again = catchThrowableOfType(RunActionRefused.class,
				() -> this.runs.retry(paid.runId(), MANAGER));
		assertThat(again.code()).isEqualTo("NOTHING_TO_RETRY");
		assertThat(again.messageEn()).contains("no FAILED rows");
	}

	@Test
	void retriesInTheBackgroundAndReturnsAtOnce() throws Exception {
		String tag = "bg-" + System.nanoTime();
		RunResult paid = payWithFailures(ProviderName.NEXTPAY, tag);
		this.sandbox.reset();

		RunView view = this.runs.retry(paid.runId(), MANAGER);

		assertThat(view.status()).isNotEqualTo(RunStatus.COMPLETED);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(this.runs.find(paid.runId()).orElseThrow().status())
				.isEqualTo(RunStatus.COMPLETED));
		assertThat(this.ledger.rows(paid.runId())).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
		assertThat(this.sandbox.accepted("F-" + tag + "-a-r1")).isOne();
		assertThat(this.sandbox.accepted("F-" + tag + "-b-r1")).isOne();
	}

	@Test
	void refusesARunWithNothingToRetry() throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("all-good.xlsx"), new String[] { "name", "sheba", "amount" },
				new String[] { "Ali", PaymentIntegrationTests.SHEBAS[0],
						Long.toString(1_000_000 + System.nanoTime() % 1000) });
		RunResult paid = this.runs.start(request(sheet, null, false));
		assertThat(paid.allRowsGood()).isTrue();
		RunResult dry = this.runs.start(new RunRequest(sheet, "all-good-dry.xlsx", null, true, true,
				this.dir.resolve("out"), "finance", Duration.ZERO));

		assertThat(catchThrowableOfType(RunActionRefused.class, () -> this.runs.retry(paid.runId(), MANAGER)).code())
			.isEqualTo("NOTHING_TO_RETRY");
		RunActionRefused dryRun = catchThrowableOfType(RunActionRefused.class,
				() -> this.runs.retry(dry.runId(), MANAGER));
		assertThat(dryRun.code()).isEqualTo("NOTHING_TO_RETRY");
		assertThat(dryRun.messageEn()).contains("was not paid");
		assertThat(catchThrowableOfType(RunActionRefused.class, () -> this.runs.retry(987654321L, MANAGER)).code())
			.isEqualTo("NOT_FOUND");
		assertThat(this.runs.find(paid.runId()).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.runs.auditTrail(paid.runId())).extracting(AuditEntry::action).doesNotContain("RETRIED");
	}

	/**
	 * Pays five rows, the first and third of which the bank fails (their trackers start
	 * with {@code F-<tag>-}).
	 */
	private RunResult payWithFailures(ProviderName provider, String tag) throws Exception {
		this.sandbox
			.control(Map.of((provider == ProviderName.NEXTPAY) ? "failTrackersMatching" : "vandarFailTrackersMatching",
					"^F-" + tag + "-"));
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount", "tracker" });
		String[] trackers = { "F-" + tag + "-a", null, "F-" + tag + "-b", "K-" + tag, null };
		for (int i = 0; i < trackers.length; i++) {
			rows.add(new String[] { "Payee " + i, PaymentIntegrationTests.SHEBAS[i],
					Long.toString(1_000_000L * (i + 1)), trackers[i] });
		}
		Path sheet = TestSheets.xlsx(this.dir.resolve("retry-" + tag + ".xlsx"), rows.toArray(new String[0][]));
		RunResult paid = this.runs.start(request(sheet, provider, false));
		assertThat(paid.status()).isEqualTo(RunStatus.COMPLETED);
		return paid;
	}

	private RunRequest request(Path sheet, ProviderName provider, boolean dryRun) {
		return new RunRequest(sheet, sheet.getFileName().toString(), provider, dryRun, false, this.dir.resolve("out"),
				"finance", Duration.ofSeconds(30));
	}

	private static Map<String, Long> newlyTaken(Map<String, Long> before, Map<String, Long> after) {
		Map<String, Long> added = new HashMap<>();
		after.forEach((tracker, count) -> {
			long more = count - before.getOrDefault(tracker, 0L);
			if (more != 0) {
				added.put(tracker, more);
			}
		});
		return added;
	}

}
