package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pays many rows in small groups, three groups in flight at once and 16 NextPay calls at
 * once, through the built-in sandbox, with and without calls and batches failing: the
 * sandbox takes every payout exactly once, and every group is recorded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.nextpay.concurrency=16", "tasvieh.nextpay.group-size=4", "tasvieh.vandar.batch-size=5",
				"tasvieh.tracking.submit-groups-in-flight=3", "tasvieh.sandbox.nextpay.delay=20ms",
				"tasvieh.sandbox.vandar.delay=20ms", "tasvieh.sandbox.nextpay.queue-time=200ms",
				"tasvieh.sandbox.nextpay.settle-time=600ms", "tasvieh.sandbox.vandar.queue-time=200ms",
				"tasvieh.sandbox.vandar.settle-time=600ms", "tasvieh.tracking.poll-interval=200ms",
				"tasvieh.nextpay.read-timeout=3s" })
class PipelinedPaymentIntegrationTests extends SandboxPaymentTestSupport {

	private static final int ROWS = 96;

	@Autowired
	SentEvents sentEvents;

	@BeforeEach
	void forgetTheSentEvents() {
		this.sentEvents.events.clear();
	}

	@Test
	void paysEveryRowExactlyOnceWithGroupsInFlightAndRecordsEveryGroup() throws Exception {
		RunResult result = pay(sheet(), ProviderName.NEXTPAY);

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.ledger.rows(result.runId())).hasSize(ROWS)
			.extracting(LedgerRow::status)
			.containsOnly(PayoutStatus.PAID);
		assertTakenExactlyOnce(result, ProviderName.NEXTPAY);
		List<Sent> events = this.sentEvents.of(result.runId());
		assertThat(events.stream().mapToInt(Sent::count).sum()).as("payouts announced as sent").isEqualTo(ROWS);
		assertThat(events).extracting(Sent::thread)
			.as("announced by the step, not by a sender")
			.noneMatch((thread) -> thread.startsWith("payouts-"));
	}

	@Test
	void paysEveryRowExactlyOnceWhenCallsOfGroupsInFlightFailOrLoseTheirAnswers() throws Exception {
		this.sandbox.control(Map.of("failEveryNth5xx", 5, "loseEveryNthAnswer", 7));

		RunResult result = pay(sheet(), ProviderName.NEXTPAY);

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.ledger.rows(result.runId())).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
		assertTakenExactlyOnce(result, ProviderName.NEXTPAY);
	}

	@Test
	void paysEveryRowExactlyOnceWhenBatchesInFlightFailOrLoseTheirAnswers() throws Exception {
		this.sandbox.control(Map.of("vandarFailEveryNth5xx", 3, "vandarLoseEveryNthAnswer", 4));

		RunResult result = pay(sheet(), ProviderName.VANDAR);

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.ledger.rows(result.runId())).extracting(LedgerRow::status).containsOnly(PayoutStatus.PAID);
		assertTakenExactlyOnce(result, ProviderName.VANDAR);
	}

	private void assertTakenExactlyOnce(RunResult result, ProviderName provider) {
		Map<String, Long> taken = this.sandbox.acceptedByTracker(provider);
		for (LedgerRow row : this.ledger.rows(result.runId())) {
			assertThat(taken.get(row.sentTracker())).as("payouts taken for %s", row.sentTracker()).isOne();
			if (provider == ProviderName.NEXTPAY) {
				assertThat(this.sandbox.duplicates(row.sentTracker())).as("duplicates sent for %s", row.sentTracker())
					.isZero();
			}
		}
	}

	private RunResult pay(Path sheet, ProviderName provider) {
		return this.runs.start(new RunRequest(sheet, sheet.getFileName().toString(), provider, false, false,
				this.dir.resolve("out"), "tester", Duration.ofSeconds(60)));
	}

	/**
	 * Distinct amounts, so no payee is paid the same amount twice, nor a tracker met
	 * again.
	 */
	private Path sheet() throws Exception {
		int n = nextSheet();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount" });
		for (int i = 0; i < ROWS; i++) {
			rows.add(new String[] { "Payee " + i,
					PaymentIntegrationTests.SHEBAS[i % PaymentIntegrationTests.SHEBAS.length],
					Long.toString(1_000_000L + 1_000L * i + n) });
		}
		return TestSheets.xlsx(this.dir.resolve("pipelined-" + n + ".xlsx"), rows.toArray(new String[0][]));
	}

	/** A {@link PayoutsSent} event, and the thread that published it. */
	record Sent(long runId, int count, String thread) {

	}

	static class SentEvents {

		final List<Sent> events = new CopyOnWriteArrayList<>();

		@EventListener
		void on(PayoutsSent sent) {
			this.events.add(new Sent(sent.runId(), sent.count(), Thread.currentThread().getName()));
		}

		List<Sent> of(long runId) {
			return this.events.stream().filter((sent) -> sent.runId() == runId).toList();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listening {

		@Bean
		SentEvents sentEvents() {
			return new SentEvents();
		}

	}

}
