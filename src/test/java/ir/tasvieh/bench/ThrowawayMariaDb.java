package ir.tasvieh.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * A MariaDB server of the bench's own, started as {@code .ci/run} starts one (a new data
 * folder, no systemd, loopback only) when none is named by
 * {@code TASVIEH_TEST_MYSQL_URL}; removed on {@link #close()}.
 */
final class ThrowawayMariaDb implements AutoCloseable {

	private final Path dir;

	private final Process server;

	private final BenchDatabase.MariaDbServer connection;

	private ThrowawayMariaDb(Path dir, Process server, BenchDatabase.MariaDbServer connection) {
		this.dir = dir;
		this.server = server;
		this.connection = connection;
	}

	/** Whether the MariaDB programs are installed here. */
	static boolean installed() {
		return Files.isExecutable(Path.of("/usr/sbin/mariadbd")) || Files.isExecutable(Path.of("/usr/bin/mariadbd"));
	}

	static ThrowawayMariaDb start() throws Exception {
		// Absolute and short, as mariadbd wants its data folder and its socket's path.
		Path dir = Files.createTempDirectory("tasvieh-bench-mariadb");
		Path data = dir.resolve("data");
		String user = System.getProperty("user.name");
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		exec(dir.resolve("install.log"), "mariadb-install-db", "--no-defaults", "--user=" + user, "--datadir=" + data,
				"--auth-root-authentication-method=socket");
		Process server = new ProcessBuilder("mariadbd", "--no-defaults", "--user=" + user, "--datadir=" + data,
				"--socket=" + data.resolve("s.sock"), "--port=" + port, "--bind-address=127.0.0.1",
				"--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin")
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("server.log").toFile())
			.start();
		ThrowawayMariaDb mariaDb = new ThrowawayMariaDb(dir, server, new BenchDatabase.MariaDbServer(
				"jdbc:mysql://127.0.0.1:" + port + "/tasvieh_test", "tasvieh", "tasvieh"));
		try {
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> mariaDb.sql("SELECT 1") == 0);
		}
		catch (ConditionTimeoutException ex) {
			// The next statement fails and says why, with the server's log.
		}
		// A user for '%' and for 'localhost' (an anonymous ''@'localhost' would otherwise
		// shadow '%').
		int created = mariaDb.sql("CREATE DATABASE tasvieh_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
				+ " CREATE USER 'tasvieh'@'%' IDENTIFIED BY 'tasvieh';"
				+ " CREATE USER 'tasvieh'@'localhost' IDENTIFIED BY 'tasvieh';"
				+ " GRANT ALL PRIVILEGES ON `tasvieh_test%`.* TO 'tasvieh'@'%';"
				+ " GRANT ALL PRIVILEGES ON `tasvieh_test%`.* TO 'tasvieh'@'localhost';");
		if (created != 0) {
			mariaDb.close();
			throw new IllegalStateException("the throwaway MariaDB did not start; see " + dir);
		}
		return mariaDb;
	}

	BenchDatabase.MariaDbServer connection() {
		return this.connection;
	}

	private int sql(String sql) throws IOException, InterruptedException {
		return new ProcessBuilder("mariadb", "-S", this.dir.resolve("data").resolve("s.sock").toString(), "-u",
				System.getProperty("user.name"), "-e", sql)
			.redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("client.log").toFile())
			.start()
			.waitFor();
	}

	private static void exec(Path log, String... command) throws IOException, InterruptedException {
		int exit = new ProcessBuilder(List.of(command)).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start()
			.waitFor();
		if (exit != 0) {
			throw new IllegalStateException(command[0] + " exited with " + exit + "; see " + log);
		}
	}

	@Override
	public void close() throws Exception {
		new ProcessBuilder("mariadb-admin", "-S", this.dir.resolve("data").resolve("s.sock").toString(), "-u",
				System.getProperty("user.name"), "shutdown")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start()
			.waitFor();
		if (!this.server.waitFor(1, TimeUnit.MINUTES)) {
			this.server.destroyForcibly().waitFor();
		}
		try (var files = Files.walk(this.dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
	}

}
