package ir.tasvieh.job;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.springframework.web.client.RestClient;

import ir.tasvieh.MySqlTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs tasvieh commands as separate processes on one database (an H2 file or a new
 * MySQL-protocol database), so that a test can kill one with {@code kill -9} and run the
 * same command again.
 */
final class SeparateProcesses {

	/** The fast sandbox and tracking the crash tests run with. */
	static final List<String> FAST = List.of("--tasvieh.cli.enabled=true", "--tasvieh.sandbox.nextpay.delay=400ms",
			"--tasvieh.sandbox.nextpay.queue-time=100ms", "--tasvieh.sandbox.nextpay.settle-time=300ms",
			"--tasvieh.tracking.poll-interval=200ms", "--tasvieh.nextpay.concurrency=1",
			"--tasvieh.nextpay.group-size=1");

	private SeparateProcesses() {
	}

	/** The database the processes share. */
	record Database(List<String> arguments, String url, String username, String password) {

		Connection connect() throws Exception {
			return DriverManager.getConnection(this.url, this.username, this.password);
		}

	}

	/**
	 * An H2 file under {@code dir}, or a new database on the MySQL-protocol test server
	 * (the test is skipped without one, and fails without one when {@code CI=true}).
	 */
	static Database database(String vendor, Path dir) {
		if ("h2".equals(vendor)) {
			String url = "jdbc:h2:file:" + dir.resolve("db/tasvieh");
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

	/**
	 * Starts {@code tasvieh COMMAND...} serving on {@code port}, its output appended to
	 * {@code log}.
	 */
	static Process start(List<String> command, int port, List<String> properties, Database database, Path log)
			throws Exception {
		// The quick JIT tier only, as bin/tasvieh runs a command: these processes live
		// for
		// seconds, and the tests beside them need the cores more than a C2 compiler
		// would.
		List<String> line = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
						"-cp", System.getProperty("java.class.path"), "ir.tasvieh.TasviehApplication"));
		line.addAll(command);
		line.add("--server.port=" + port);
		line.addAll(properties);
		line.addAll(database.arguments());
		return new ProcessBuilder(line).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
	}

	/**
	 * Waits until a process's sandbox answers and has accepted {@code count} checkouts in
	 * all (it keeps its log in the shared database, so earlier processes' count too).
	 */
	static void waitForAcceptedCheckouts(int port, int count, Process process) {
		RestClient sandbox = RestClient.create("http://127.0.0.1:" + port + "/sandbox/nextpay");
		// Exceptions while the process is still starting count as "not yet".
		await("the process to send " + count + " payouts").atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(100))
			.failFast("the process ended", () -> !process.isAlive())
			.ignoreExceptionsInstanceOf(RuntimeException.class)
			.until(() -> {
				String log = sandbox.get().uri("/_requests").retrieve().body(String.class);
				return log != null && log.split("\"accepted\"", -1).length - 1 >= count;
			});
	}

	/** The first two columns of every row a query returns. */
	static Map<String, String> query(Connection db, String sql) throws Exception {
		Map<String, String> rows = new HashMap<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getString(2));
			}
		}
		return rows;
	}

	static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
