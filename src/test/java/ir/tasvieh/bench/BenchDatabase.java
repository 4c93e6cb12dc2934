package ir.tasvieh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one measured {@code serve} keeps its data: a new H2 file, or a new database on a
 * MariaDB server. The bench reads the ledger and the sandbox's log from it once the
 * server has stopped (H2 admits one process at a time).
 *
 * @param kind {@code H2} or {@code MariaDB}, as the table names it
 * @param url the JDBC URL
 * @param serverProperties what {@code serve} is given to use it
 * @param dropSql what removes it afterwards, or {@code null}
 */
record BenchDatabase(String kind, String url, String username, String password, Map<String, String> serverProperties,
		String dropSql) {

	private static final Pattern URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(\\?.*)?$");

	private static final String OPTIONS = "useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin"
			+ "&rewriteBatchedStatements=true&useServerPrepStmts=false";

	static BenchDatabase h2(Path dir) {
		String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db").resolve("tasvieh");
		return new BenchDatabase("H2", url, "sa", "", Map.of("spring.datasource.url", url), null);
	}

	/**
	 * Creates an empty utf8mb4 database beside the one in {@code baseUrl}, named after it
	 * with a suffix (so a user allowed {@code tasvieh_test%} may create it).
	 */
	static BenchDatabase mariaDb(MariaDbServer server, String suffix) throws SQLException {
		Matcher url = URL.matcher(server.url());
		if (!url.matches() || url.group(2).isEmpty()) {
			throw new IllegalStateException(
					"a MariaDB URL must look like jdbc:mysql://host:port/database, not " + server.url());
		}
		String name = url.group(2) + "_" + suffix;
		try (Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
			statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		String options = (url.group(3) != null) ? url.group(3) + "&" + OPTIONS : "?" + OPTIONS;
		String jdbcUrl = url.group(1) + name + options;
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "mysql");
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", server.username());
		properties.put("spring.datasource.password", server.password());
		return new BenchDatabase("MariaDB", jdbcUrl, server.username(), server.password(), properties,
				"DROP DATABASE IF EXISTS `" + name + "`");
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

	/** Removes a MariaDB database; an H2 file stays under {@code target/bench}. */
	void drop() throws SQLException {
		if (this.dropSql != null) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute(this.dropSql);
			}
		}
	}

	/**
	 * A MariaDB (or MySQL) server to create databases on.
	 *
	 * @param url a database on it that the user may use, e.g.
	 * {@code jdbc:mysql://127.0.0.1:3306/tasvieh_test}
	 */
	record MariaDbServer(String url, String username, String password) {

		/** The server {@code .ci/run} (or the caller) named, or {@code null}. */
		static MariaDbServer fromEnvironment() {
			String url = System.getenv("TASVIEH_TEST_MYSQL_URL");
			String user = System.getenv("TASVIEH_TEST_MYSQL_USER");
			if (url == null || url.isBlank() || user == null || user.isBlank()) {
				return null;
			}
			String password = System.getenv("TASVIEH_TEST_MYSQL_PASSWORD");
			return new MariaDbServer(url, user, (password != null) ? password : "");
		}

	}

}
