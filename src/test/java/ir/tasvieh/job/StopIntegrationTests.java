package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A manager stops a run half-way while the sandbox answers slowly (docs/SPEC.md 9.7):
 * nothing is sent after the stop is answered, the payouts never sent are CANCELED with
 * the manager's words, NextPay's sent payouts are followed to PAID, Vandar's are
 * cancelled through the settlement cancel call, and the run stays STOPPED with a
 * rewritten result workbook.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.delay=400ms", "tasvieh.sandbox.nextpay.queue-time=100ms",
				"tasvieh.sandbox.nextpay.settle-time=1s", "tasvieh.nextpay.concurrency=2",
				"tasvieh.nextpay.group-size=10", "tasvieh.sandbox.vandar.delay=400ms",
				"tasvieh.sandbox.vandar.queue-time=100ms", "tasvieh.sandbox.vandar.settle-time=60s",
				"tasvieh.vandar.batch-size=2", "tasvieh.tracking.submit-groups-in-flight=1",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.approval.follow-for=PT30S" })
class StopIntegrationTests {

	static final Actor FINANCE = new Actor("fatemeh", "10.0.0.7");

	static final Actor MANAGER = new Actor("mehdi", "10.0.0.8");

	static final String NEVER_SENT = "stopped by mehdi before sending: wrong sheet";

	@Autowired
	Runs runs;

	@Autowired
	PayoutLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	SandboxClient sandbox;

	@BeforeEach
	void resetTheSandbox() {
		this.sandbox = new SandboxClient(this.port);
		this.sandbox.reset();
	}

	@AfterEach
	void calmTheSandbox() {
		this.sandbox.reset();
	}

	@ParameterizedTest
	@EnumSource(ProviderName.class)
	void sendsNothingOnceTheStopIsAnsweredAndFollowsWhatWasSentToItsEnd(ProviderName provider) throws Exception {
		String tag = provider.id() + "-" + System.nanoTime();
		Path sheet = TestSheets.xlsx(this.dir.resolve("stop-" + tag + ".xlsx"), StopChecks.rows(tag, 10));
		RunResult validated = this.runs.submit(new RunRequest(sheet, "stop-" + tag + ".xlsx", provider, false, false,
				this.dir.resolve("out"), FINANCE.username(), null), FINANCE);
		assertThat(validated.status()).isEqualTo(RunStatus.VALIDATED);
		long runId = validated.runId();

		this.runs.approve(runId, MANAGER);
		// Counted at the sandbox: NextPay's group of ten is recorded once all its calls
		// end.
		await().atMost(Duration.ofSeconds(20)).until(() -> sent(provider, tag) >= 2);
		RunView stopped = this.runs.stop(runId, MANAGER, "wrong sheet");
		Instant answered = Instant.now();

		assertThat(stopped.status()).isEqualTo(RunStatus.STOPPED);
		assertThat(stopped.message()).isEqualTo("Stopped by mehdi: wrong sheet");
		PayoutStatus sentEndsAs = (provider == ProviderName.VANDAR) ? PayoutStatus.CANCELED : PayoutStatus.PAID;
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.ledger.rows(runId)).extracting(LedgerRow::status)
				.containsOnly(PayoutStatus.CANCELED, sentEndsAs));
		List<LedgerRow> rows = this.ledger.rows(runId);
		Map<String, java.util.List<Instant>> sends = this.sandbox.sendsByTracker(provider);
		List<LedgerRow> neverSent = StopChecks.nothingSentAfter(answered, rows, sends, NEVER_SENT);
		assertThat(neverSent).hasSizeBetween(3, 8);
		if (provider == ProviderName.VANDAR) {
			assertThat(rows).filteredOn((row) -> !neverSent.contains(row))
				.isNotEmpty()
				.allSatisfy((row) -> assertThat(row.providerStatus()).startsWith("cancelled at Vandar")
					.endsWith("run stopped by mehdi: wrong sheet"));
		}
		// Read once nobody works on the run: reading a workbook with POI writes it back.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.queryForObject("SELECT owner FROM payout_run WHERE id = ?", String.class,
					runId) == null);
		RunView run = this.runs.find(runId).orElseThrow();
		assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
		assertThat(ResultSheets.rows(run.resultPath())).extracting((row) -> row.get("Status"))
			.containsOnly(PayoutStatus.CANCELED.name(), sentEndsAs.name())
			.filteredOn(PayoutStatus.CANCELED.name()::equals)
			.hasSize((int) rows.stream().filter((row) -> row.status() == PayoutStatus.CANCELED).count());
		assertThat(ResultSheets.rows(this.runs.find(runId).orElseThrow().resultPath()))
			.filteredOn((row) -> NEVER_SENT.equals(row.get("Provider Status")))
			.hasSize(neverSent.size());
		assertThat(this.runs.auditTrail(runId))
			.anySatisfy((entry) -> assertThat(entry.action() + " " + entry.username() + " " + entry.detail())
				.isEqualTo("STOPPED mehdi wrong sheet"));
		assertThatThrownBy(() -> this.runs.stop(runId, MANAGER, "again")).isInstanceOfSatisfying(RunActionRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo("NOT_STOPPABLE"));
	}

	private long sent(ProviderName provider, String tag) {
		return this.sandbox.sendsByTracker(provider).keySet().stream().filter((t) -> t.startsWith("S-" + tag)).count();
	}

}
