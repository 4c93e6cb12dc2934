package ir.tasvieh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code backup} and {@code restore} (SPEC 9.8) as an operator runs them: this test's
 * application serves on an H2 file and pays the sample; commands in processes of their
 * own back it up while it serves, restore the copy into an empty folder, refuse to
 * restore over a database or into one that is held, and the restored ledger refuses the
 * sample as already run.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.tracking.poll-interval=200ms" })
@DirtiesContext
class BackupCommandIntegrationTests {

	private static final Path DIR = folder();

	private static final String SERVING = "jdbc:h2:file:" + DIR.resolve("serving/data/tasvieh");

	private static final String RESTORED = "jdbc:h2:file:" + DIR.resolve("restored/data/tasvieh");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void servingDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SERVING);
	}

	@Test
	void backsUpWhileServingAndRestoresALedgerThatPaysNobodyTwice() throws Exception {
		assertThat(CommandLineEntry.commandLine(this.context)
			.execute("run", "samples/payouts-valid.xlsx", "--provider", "nextpay", "--out",
					DIR.resolve("output").toString(), "--wait", "PT30S"))
			.isZero();
		assertThat(DIR.resolve("serving/data/tasvieh.serve")).exists();
		Path backup = DIR.resolve("backups/ledger.zip");

		Command saved = tasvieh("backup", "--out", backup.toString(), "--spring.datasource.url=" + SERVING);
		assertThat(saved.exit()).as(saved.output()).isZero();
		assertThat(saved.output()).contains("taken by the tasvieh process that holds it");
		assertThat(backup).isRegularFile();
		// The process that serves was never stopped: it still answers from its database.
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM payout WHERE status = 'PAID'", Integer.class))
			.isEqualTo(10);

		Command restored = tasvieh("restore", backup.toString(), "--spring.datasource.url=" + RESTORED);
		assertThat(restored.exit()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("1 runs and 10 payouts");

		Command again = tasvieh("restore", backup.toString(), "--spring.datasource.url=" + RESTORED);
		assertThat(again.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(again.output()).contains("There is a database at").contains("--force");

		Command overServing = tasvieh("restore", backup.toString(), "--force", "--spring.datasource.url=" + SERVING);
		assertThat(overServing.exit()).isEqualTo(ExitCodes.USAGE);
		assertThat(overServing.output()).contains("A process holds the database");

		Command paidAgain = tasvieh("run", "samples/payouts-valid.xlsx", "--provider", "nextpay", "--out",
				DIR.resolve("output-restored").toString(), "--wait", "PT10S", "--spring.datasource.url=" + RESTORED,
				"--tasvieh.cli.enabled=true");
		assertThat(paidAgain.exit()).as(paidAgain.output()).isEqualTo(ExitCodes.SHEET_REJECTED);
		assertThat(paidAgain.output()).containsIgnoringCase("already");
		try (Connection restoredDb = DriverManager.getConnection(RESTORED, "sa", "")) {
			assertThat(count(restoredDb, "SELECT COUNT(*) FROM payout_run")).isEqualTo(1);
			assertThat(count(restoredDb, "SELECT COUNT(*) FROM payout WHERE status = 'PAID'")).isEqualTo(10);
			assertThat(count(restoredDb, "SELECT COUNT(*) FROM sandbox_nextpay_checkout")).as("checkouts ever sent")
				.isEqualTo(10);
		}
	}

	private static long count(Connection db, String sql) throws Exception {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Runs {@code tasvieh ARGS} in a JVM of its own, as a person would from a shell. */
	private static Command tasvieh(String... args) throws Exception {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "ir.tasvieh.TasviehApplication"));
		line.addAll(List.of(args));
		Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Command(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	private static Path folder() {
		try {
			Path target = Path.of("target");
			Files.createDirectories(target);
			return Files.createTempDirectory(target, "backup-tests-").toAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Command(int exit, String output) {

	}

}
