package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import ir.tasvieh.MySqlTestDatabase;
import ir.tasvieh.TasviehApplication;
import ir.tasvieh.sheet.LargeSheetGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A NextPay account's parallel calls are one budget: two runs paid at once, by one
 * instance or by two on one database, never have more than {@code concurrency} calls at
 * the provider (the sandbox counts the most it answered at once), and both finish with
 * every payout taken once.
 */
class SharedProviderCallsIntegrationTests {

	private static final int CONCURRENCY = 3;

	private static final int ROWS = 60;

	@TempDir
	Path dir;

	@Test
	void twoRunsOfOneInstanceShareTheAccountsCalls() throws Exception {
		List<String> database = List.of("--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("db/one"));
		try (ConfigurableApplicationContext instance = start(database, List.of())) {
			payTwoSheetsAtOnce(instance, instance, port(instance));
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void twoInstancesOnOneDatabaseShareTheAccountsCalls(String vendor) throws Exception {
		List<String> database = database(vendor);
		try (ConfigurableApplicationContext first = start(database, List.of())) {
			int sandboxPort = port(first);
			// The second instance calls the first one's sandbox, as both would call
			// NextPay.
			try (ConfigurableApplicationContext second = start(database,
					List.of("--tasvieh.sandbox.enabled=false", "--tasvieh.nextpay.wid=w", "--tasvieh.nextpay.auth=a",
							"--tasvieh.nextpay.base-url=http://127.0.0.1:" + sandboxPort + "/sandbox/nextpay"))) {
				payTwoSheetsAtOnce(first, second, sandboxPort);
			}
		}
	}

	private void payTwoSheetsAtOnce(ConfigurableApplicationContext first, ConfigurableApplicationContext second,
			int sandboxPort) throws Exception {
		List<Path> sheets = List.of(sheet("first.xlsx", 1), sheet("second.xlsx", 2));
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch ready = new CountDownLatch(2);
		List<Future<RunResult>> results = new ArrayList<>();
		try {
			List<ConfigurableApplicationContext> instances = List.of(first, second);
			for (int i = 0; i < 2; i++) {
				Runs runs = instances.get(i).getBean(Runs.class);
				Path sheet = sheets.get(i);
				results.add(threads.submit(() -> {
					ready.countDown();
					ready.await();
					return runs.start(new RunRequest(sheet, sheet.getFileName().toString(), null, false, false,
							this.dir.resolve("out"), "tester", Duration.ofSeconds(60)));
				}));
			}
			for (Future<RunResult> result : results) {
				RunResult ended = result.get(5, TimeUnit.MINUTES);
				assertThat(ended.status()).as("run %s: %s", ended.runId(), ended.failure())
					.isEqualTo(RunStatus.COMPLETED);
			}
		}
		finally {
			threads.shutdownNow();
		}
		JdbcTemplate db = first.getBean(JdbcTemplate.class);
		assertThat(db.queryForList(
				"SELECT COUNT(*) FROM sandbox_nextpay_request WHERE outcome = 'accepted'" + " GROUP BY tracker",
				Integer.class))
			.hasSizeGreaterThan(ROWS)
			.containsOnly(1);
		Map<String, Object> sandbox = RestClient.create("http://127.0.0.1:" + sandboxPort)
			.get()
			.uri("/sandbox/control")
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		assertThat(((Number) sandbox.get("nextpayMostCallsInFlight")).intValue()).isBetween(2, CONCURRENCY);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private ConfigurableApplicationContext start(List<String> database, List<String> more) {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--tasvieh.cli.enabled=false",
				"--tasvieh.sandbox.nextpay.delay=100ms", "--tasvieh.sandbox.nextpay.queue-time=100ms",
				"--tasvieh.sandbox.nextpay.settle-time=300ms", "--tasvieh.tracking.poll-interval=200ms",
				"--tasvieh.nextpay.concurrency=" + CONCURRENCY, "--tasvieh.nextpay.group-size=6",
				"--tasvieh.sandbox.nextpay.initial-balance-irr=900000000000000"));
		arguments.addAll(more);
		return new SpringApplicationBuilder(TasviehApplication.class).run(arguments.toArray(new String[0]));
	}

	private Path sheet(String name, long seed) throws Exception {
		Path file = this.dir.resolve(name);
		LargeSheetGenerator.write(file, ROWS + 5, seed);
		return file;
	}

	private List<String> database(String vendor) {
		return MySqlTestDatabase.arguments(vendor, this.dir.resolve("db/shared"));
	}

}
