package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.MySqlTestDatabase;
import ir.tasvieh.TasviehApplication;
import ir.tasvieh.TestSheets;
import ir.tasvieh.job.PayoutJob;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of tasvieh on one database, handed the same sheet at the same moment: one
 * run is created and paid, the other instance is told it is already running, and every
 * payout is taken once. On an H2 file and on the MySQL-protocol test server.
 */
class TwoInstancesIntegrationTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void runsTheSameSheetOnceWhenTwoInstancesGetItAtOnce(String vendor) throws Exception {
		List<String> arguments = database(vendor);
		Path sheet = sheet();
		try (ConfigurableApplicationContext first = start(arguments);
				ConfigurableApplicationContext second = start(arguments)) {
			ExecutorService threads = Executors.newFixedThreadPool(2);
			CountDownLatch ready = new CountDownLatch(2);
			List<Future<RunResult>> results = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(first, second)) {
				Runs runs = instance.getBean(Runs.class);
				results.add(threads.submit(() -> {
					ready.countDown();
					ready.await();
					return runs.start(new RunRequest(sheet, "payroll.xlsx", null, false, false, this.dir.resolve("out"),
							"tester", Duration.ofSeconds(30)));
				}));
			}
			List<RunResult> ended = List.of(results.get(0).get(), results.get(1).get());
			threads.shutdown();

			assertThat(ended).filteredOn((result) -> !result.rejected())
				.singleElement()
				.satisfies((paid) -> assertThat(paid.status()).isEqualTo(RunStatus.COMPLETED));
			assertThat(ended).filteredOn(RunResult::rejected)
				.singleElement()
				.satisfies((refused) -> assertThat(refused.rejection().reason()).isEqualTo(PayoutJob.ALREADY_RUNNING));

			JdbcTemplate db = first.getBean(JdbcTemplate.class);
			assertThat(db.queryForObject("SELECT COUNT(*) FROM payout_run", Integer.class)).isOne();
			assertThat(db.queryForList("SELECT status FROM payout", String.class)).hasSize(4).containsOnly("PAID");
			assertThat(db.queryForList(
					"SELECT COUNT(*) FROM sandbox_nextpay_request WHERE outcome = 'accepted'" + " GROUP BY tracker",
					Integer.class))
				.hasSize(4)
				.containsOnly(1);

			RunResult again = second.getBean(Runs.class)
				.start(new RunRequest(sheet, "payroll.xlsx", null, false, false, this.dir.resolve("out"), "tester",
						Duration.ZERO));
			assertThat(again.rejection().reason()).isEqualTo("ALREADY_RUN");
		}
	}

	private ConfigurableApplicationContext start(List<String> database) {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--tasvieh.cli.enabled=false",
				"--tasvieh.sandbox.nextpay.delay=300ms", "--tasvieh.sandbox.nextpay.queue-time=100ms",
				"--tasvieh.sandbox.nextpay.settle-time=300ms", "--tasvieh.tracking.poll-interval=200ms",
				"--tasvieh.nextpay.concurrency=1", "--tasvieh.nextpay.group-size=1"));
		return new SpringApplicationBuilder(TasviehApplication.class).run(arguments.toArray(new String[0]));
	}

	private List<String> database(String vendor) {
		return MySqlTestDatabase.arguments(vendor, this.dir.resolve("db/tasvieh"));
	}

	private Path sheet() throws Exception {
		String[] shebas = { "IR820540102680020817909002", "IR550570022080013447370101", "IR790610000000700796858044",
				"IR200170000000000123456789" };
		Object[][] rows = new Object[shebas.length + 1][];
		rows[0] = new Object[] { "name", "sheba", "amount" };
		for (int i = 0; i < shebas.length; i++) {
			rows[i + 1] = new Object[] { "Payee " + i, shebas[i], 4_000_000 + i };
		}
		return TestSheets.xlsx(this.dir.resolve("payroll.xlsx"), rows);
	}

}
