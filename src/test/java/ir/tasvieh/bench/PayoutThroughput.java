package ir.tasvieh.bench;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.TasviehApplication;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;

/**
 * Pays a sheet through the built-in sandbox, whose every answer is held back by a delay
 * D, and measures how fast payouts were sent: the {@code submitPayouts} step's submitted
 * payouts over its duration. With C calls in flight the limit is C / D payouts a second
 * for NextPay, and (batch size) / D for Vandar, which sends one batch at a time.
 */
final class PayoutThroughput {

	private PayoutThroughput() {
	}

	/**
	 * @param provider {@code nextpay} or {@code vandar}
	 * @param parallel NextPay's concurrency, or Vandar's batch size
	 * @param delay how long the sandbox holds back every answer
	 * @return submitted payouts and the step's seconds
	 */
	static Throughput measure(Path sheet, Path outDir, String provider, int parallel, Duration delay) {
		String db = "bench-" + provider + "-" + parallel + "-" + System.nanoTime();
		Map<String, Object> properties = Map.ofEntries(Map.entry("spring.datasource.url", "jdbc:h2:mem:" + db),
				Map.entry("server.port", "0"), Map.entry("server.address", "127.0.0.1"),
				Map.entry("tasvieh.cli.enabled", "false"), Map.entry("tasvieh.scheduler.enabled", "false"),
				Map.entry("logging.level.ir.tasvieh", "WARN"), Map.entry("tasvieh.nextpay.concurrency", parallel),
				Map.entry("tasvieh.vandar.batch-size", parallel),
				Map.entry("tasvieh.sandbox.nextpay.delay", delay.toMillis() + "ms"),
				Map.entry("tasvieh.sandbox.vandar.delay", delay.toMillis() + "ms"));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TasviehApplication.class)
			.properties(properties)
			.run()) {
			RunResult result = context.getBean(Runs.class)
				.start(new RunRequest(sheet, sheet.getFileName().toString(), ProviderName.of(provider), false, false,
						outDir, "bench", Duration.ZERO));
			if (result.rejected() || result.failed()) {
				throw new IllegalStateException("the payout run did not complete: "
						+ (result.rejected() ? result.rejection().getMessage() : result.failure()));
			}
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Map<String, Object> step = jdbc.queryForMap("SELECT start_time, end_time FROM batch_step_execution"
					+ " WHERE step_name = 'submitPayouts' ORDER BY step_execution_id DESC LIMIT 1");
			long submitted = jdbc.queryForObject(
					"SELECT COUNT(*) FROM payout WHERE run_id = ? AND sent_tracker IS NOT NULL", Long.class,
					result.runId());
			double seconds = (((Timestamp) step.get("END_TIME")).getTime()
					- ((Timestamp) step.get("START_TIME")).getTime()) / 1000.0;
			return new Throughput(submitted, seconds);
		}
	}

	/**
	 * @param payouts payouts sent
	 * @param seconds how long sending them took
	 */
	record Throughput(long payouts, double seconds) {

		double perSecond() {
			return this.payouts / this.seconds;
		}

	}

}
