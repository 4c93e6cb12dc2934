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

import ir.tasvieh.TestSheets;
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
		long runId = approve(provider, tag);
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

	@org.junit.jupiter.api.Test
	void cancelsAPayoutTheProviderNeverTookWhoseAnswerWasLostAcrossTheStop() throws Exception {
		// Every checkout answers HTTP 500 without taking the payout: asked about, each is
		// found never taken (READY again), and after the stop is never sent again.
		this.sandbox.control(Map.of("failEveryNth5xx", 1));
		String tag = "lost-" + System.nanoTime();
		long runId = approve(ProviderName.NEXTPAY, tag);

		this.runs.stop(runId, MANAGER, "wrong sheet");

		await().atMost(Duration.ofSeconds(30)).until(() -> settled(runId));
		assertThat(this.ledger.rows(runId)).allSatisfy((row) -> {
			assertThat(row.status()).isEqualTo(PayoutStatus.CANCELED);
			assertThat(row.providerStatus()).isEqualTo(NEVER_SENT);
		});
		assertThat(this.sandbox.acceptedByTracker(ProviderName.NEXTPAY).keySet())
			.noneMatch((tracker) -> tracker.startsWith("S-" + tag));
		assertThat(this.runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.STOPPED);
	}

	@ParameterizedTest
	@EnumSource(ProviderName.class)
	void paysEachRowNeverSentOnceWhenTheStoppedRunsWorkbookIsHandedInAgain(ProviderName provider) throws Exception {
		String tag = "again-" + provider.id() + "-" + System.nanoTime();
		long stoppedRun = approve(provider, tag);
		this.runs.stop(stoppedRun, MANAGER, "wrong sheet");
		await().atMost(Duration.ofSeconds(30)).until(() -> settled(stoppedRun));
		List<LedgerRow> before = this.ledger.rows(stoppedRun);
		Map<String, Long> takenBefore = this.sandbox.acceptedByTracker(provider);
		Path workbook = this.runs.find(stoppedRun).orElseThrow().resultPath();

		RunResult again = this.runs.start(new RunRequest(workbook, workbook.getFileName().toString(), provider, false,
				false, this.dir.resolve("again"), MANAGER.username(), Duration.ofSeconds(5)));

		List<LedgerRow> after = this.ledger.rows(again.runId());
		Map<String, Long> taken = this.sandbox.acceptedByTracker(provider);
		for (LedgerRow row : before) {
			LedgerRow now = after.stream().filter((each) -> each.rowNo() == row.rowNo()).findFirst().orElseThrow();
			if (row.status() == PayoutStatus.CANCELED) {
				// Never sent, or taken back by Vandar: paid now, as the next attempt.
				assertThat(now.attempt()).as("row %d", row.rowNo()).isOne();
				assertThat(now.retryOf()).isEqualTo(row.id());
				assertThat(now.sentTracker()).isEqualTo(row.tracker() + "-r1");
				assertThat(taken.get(row.tracker() + "-r1")).as("row %d paid once", row.rowNo()).isOne();
				assertThat(now.status()).isIn(PayoutStatus.SUBMITTED, PayoutStatus.PAID);
			}
			else {
				assertThat(now.paidBy()).as("row %d was paid by the stopped run", row.rowNo()).isEqualTo(row.id());
			}
			assertThat(taken.get(row.tracker())).isEqualTo(takenBefore.get(row.tracker()));
		}

		RunResult third = this.runs.start(new RunRequest(workbook, workbook.getFileName().toString(), provider, false,
				true, this.dir.resolve("third"), MANAGER.username(), Duration.ZERO));

		assertThat(third.rejected()).isFalse();
		assertThat(this.sandbox.acceptedByTracker(provider)).as("nothing is paid a second time").isEqualTo(taken);
	}

	/** A run of ten rows approved and being paid, two of its payouts sent already. */
	private long approve(ProviderName provider, String tag) throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("stop-" + tag + ".xlsx"), StopChecks.rows(tag, 10));
		RunResult validated = this.runs.submit(new RunRequest(sheet, "stop-" + tag + ".xlsx", provider, false, false,
				this.dir.resolve("out"), FINANCE.username(), null), FINANCE);
		assertThat(validated.status()).isEqualTo(RunStatus.VALIDATED);
		this.runs.approve(validated.runId(), MANAGER);
		// Counted at the sandbox: NextPay's group of ten is recorded once all its calls
		// end.
		await().atMost(Duration.ofSeconds(20)).until(() -> sent(provider, tag) >= 2);
		return validated.runId();
	}

	/** Every payout final and nobody working on the run. */
	private boolean settled(long runId) {
		return this.ledger.rows(runId).stream().allMatch((row) -> row.status().isFinal())
				&& this.jdbc.queryForObject("SELECT owner FROM payout_run WHERE id = ?", String.class, runId) == null;
	}

	private long sent(ProviderName provider, String tag) {
		return this.sandbox.sendsByTracker(provider).keySet().stream().filter((t) -> t.startsWith("S-" + tag)).count();
	}

}
