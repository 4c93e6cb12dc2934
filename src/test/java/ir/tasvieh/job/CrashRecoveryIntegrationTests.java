package ir.tasvieh.job;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.client.RestClient;

import ir.tasvieh.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs tasvieh as a separate process, kills it with {@code kill -9} while it is sending
 * payouts, runs the same command again and checks that every row is paid exactly once: on
 * an H2 file and on the MySQL-protocol test server (skipped without one, see
 * {@link MySqlTestDatabase}).
 */
class CrashRecoveryIntegrationTests {

	@TempDir
	Path dir;

	/** The database both processes use: an H2 file, or a new MySQL-protocol database. */
	private record Database(List<String> arguments, String url, String username, String password) {

		Connection connect() throws Exception {
			return DriverManager.getConnection(this.url, this.username, this.password);
		}

	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void resumesAfterKillNineWithoutPayingAnyoneTwice(String vendor) throws Exception {
		Database database = database(vendor);
		Path sheet = TestSheets.xlsx(this.dir.resolve("crash.xlsx"), rows());
		int port = freePort();

		Process first = start(sheet, port, database);
		waitForAcceptedCheckouts(port, 2, first);
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		Process second = start(sheet, freePort(), database);
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second run ends").isTrue();
		String output = Files.readString(this.dir.resolve("run.log"));
		assertThat(second.exitValue()).as(output).isZero();
		assertThat(output).contains("Resuming run");

		try (Connection db = database.connect()) {
			Map<String, String> statuses = query(db, "SELECT tracker, status FROM payout");
			assertThat(statuses).hasSize(8).allSatisfy((tracker, status) -> assertThat(status).isEqualTo("PAID"));
			Map<String, String> accepted = query(db, "SELECT tracker, COUNT(*) FROM"
					+ " sandbox_nextpay_request WHERE outcome = 'accepted' GROUP BY tracker");
			assertThat(accepted).hasSize(8).allSatisfy((tracker, count) -> assertThat(count).isEqualTo("1"));
			assertThat(query(db, "SELECT tracker, outcome FROM sandbox_nextpay_request WHERE outcome = 'duplicate'"))
				.isEmpty();
		}
	}

	private Database database(String vendor) {
		if ("h2".equals(vendor)) {
			String url = "jdbc:h2:file:" + this.dir.resolve("db/tasvieh");
			return new Database(List.of("--spring.datasource.url=" + url), url, "sa", "");
		}
		if (!MySqlTestDatabase.available()) {
			assertThat(MySqlTestDatabase.required()).as("CI=true but there is no MySQL test server").isFalse();
			Assumptions.abort("No MySQL test server, the MySQL run is skipped: set TASVIEH_TEST_MYSQL_URL,"
					+ " TASVIEH_TEST_MYSQL_USER and TASVIEH_TEST_MYSQL_PASSWORD, or run: CI=true bash .ci/run");
		}
		MySqlTestDatabase.Database mysql = MySqlTestDatabase.create();
		return new Database(List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + mysql.url(),
				"--spring.datasource.username=" + mysql.username(), "--spring.datasource.password=" + mysql.password()),
				mysql.url(), mysql.username(), mysql.password());
	}

	private Process start(Path sheet, int port, Database database) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), "ir.tasvieh.TasviehApplication", "run", sheet.toString(),
						"--out", this.dir.resolve("out").toString(), "--wait", "PT60S"));
		command.addAll(List.of("--tasvieh.cli.enabled=true", "--server.port=" + port,
				"--tasvieh.sandbox.nextpay.delay=400ms", "--tasvieh.sandbox.nextpay.queue-time=100ms",
				"--tasvieh.sandbox.nextpay.settle-time=300ms", "--tasvieh.tracking.poll-interval=200ms",
				"--tasvieh.nextpay.concurrency=1", "--tasvieh.nextpay.group-size=1"));
		command.addAll(database.arguments());
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dir.resolve("run.log").toFile()))
			.start();
	}

	private static void waitForAcceptedCheckouts(int port, int count, Process process) throws Exception {
		RestClient sandbox = RestClient.create("http://127.0.0.1:" + port + "/sandbox/nextpay");
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline) && process.isAlive()) {
			try {
				String log = sandbox.get().uri("/_requests").retrieve().body(String.class);
				if (log != null && log.split("\"accepted\"", -1).length - 1 >= count) {
					return;
				}
			}
			catch (RuntimeException notUpYet) {
				// the process is still starting
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The first run never sent " + count + " payouts");
	}

	private static Map<String, String> query(Connection db, String sql) throws Exception {
		Map<String, String> rows = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getString(2));
			}
		}
		return rows;
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String[][] rows() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount" });
		String[] shebas = { "IR820540102680020817909002", "IR550570022080013447370101", "IR790610000000700796858044",
				"IR200170000000000123456789", "IR260220170001010001101001", "IR160120000000001234567890",
				"IR240150000000000000000001", "IR160161000000000123456789" };
		for (int i = 0; i < shebas.length; i++) {
			rows.add(new String[] { "Payee " + i, shebas[i], Long.toString(2_000_000L + i) });
		}
		return rows.toArray(new String[0][]);
	}

}
