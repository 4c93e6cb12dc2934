package ir.tasvieh.job;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.TestSheets;
import ir.tasvieh.MySqlTestDatabase;
import ir.tasvieh.TasviehApplication;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database: one pays a run on a slow sandbox, the other is asked to
 * stop it. From the moment the second answers, the first claims and sends nothing more of
 * the run (it reads the stop mark in the database before every claim and every call),
 * finishes and records its call on the wire, and leaves the run STOPPED; one STOPPED mail
 * is written. On an H2 file and on the MySQL-protocol test server.
 */
class StopTwoInstancesIntegrationTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void aRunStoppedOnOneInstanceSendsNothingMoreFromTheOther(String vendor) throws Exception {
		List<String> database = MySqlTestDatabase.arguments(vendor, this.dir.resolve("db/tasvieh"));
		try (ConfigurableApplicationContext paying = start(database);
				ConfigurableApplicationContext stopping = start(database)) {
			String tag = "two-" + vendor + "-" + System.nanoTime();
			Path sheet = TestSheets.xlsx(this.dir.resolve(tag + ".xlsx"), StopChecks.rows(tag, 12));
			Runs payer = paying.getBean(Runs.class);
			RunResult validated = payer.submit(new RunRequest(sheet, tag + ".xlsx", ProviderName.NEXTPAY, false, false,
					this.dir.resolve("out"), "fatemeh", null), StopIntegrationTests.FINANCE);
			long runId = validated.runId();
			payer.approve(runId, StopIntegrationTests.MANAGER);
			SandboxClient sandbox = new SandboxClient(port(paying));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> sandbox.sendsByTracker(ProviderName.NEXTPAY)
					.keySet()
					.stream()
					.filter((tracker) -> tracker.startsWith("S-" + tag))
					.count() >= 2);

			RunView stopped = stopping.getBean(Runs.class).stop(runId, StopIntegrationTests.MANAGER, "wrong sheet");
			Instant answered = Instant.now();

			assertThat(stopped.status()).isEqualTo(RunStatus.STOPPED);
			PayoutLedger ledger = paying.getBean(PayoutLedger.class);
			JdbcTemplate jdbc = paying.getBean(JdbcTemplate.class);
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				assertThat(ledger.rows(runId)).extracting(LedgerRow::status)
					.containsOnly(PayoutStatus.CANCELED, PayoutStatus.PAID);
				assertThat(jdbc.queryForObject("SELECT owner FROM payout_run WHERE id = ?", String.class, runId))
					.as("the paying instance let the run go")
					.isNull();
			});
			List<LedgerRow> neverSent = StopChecks.nothingSentAfter(answered, ledger.rows(runId),
					sandbox.sendsByTracker(ProviderName.NEXTPAY), StopIntegrationTests.NEVER_SENT);
			assertThat(neverSent).hasSizeBetween(3, 10);
			assertThat(payer.find(runId).orElseThrow().status()).isEqualTo(RunStatus.STOPPED);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE run_id = ? AND moment = 'STOPPED'",
					Integer.class, runId))
				.as("one mail says who stopped it, why and what was never sent")
				.isOne();
		}
	}

	private static int port(ConfigurableApplicationContext context) {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	private ConfigurableApplicationContext start(List<String> database) {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--tasvieh.cli.enabled=false",
				"--tasvieh.sandbox.nextpay.delay=400ms", "--tasvieh.sandbox.nextpay.queue-time=100ms",
				"--tasvieh.sandbox.nextpay.settle-time=500ms", "--tasvieh.tracking.poll-interval=200ms",
				"--tasvieh.nextpay.concurrency=1", "--tasvieh.nextpay.group-size=3",
				"--tasvieh.tracking.submit-groups-in-flight=1", "--tasvieh.approval.follow-for=PT30S",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=9", "--tasvieh.mail.to=managers@example.com"));
		return new SpringApplicationBuilder(TasviehApplication.class).run(arguments.toArray(new String[0]));
	}

}
