package ir.tasvieh;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The MySQL-protocol test server, found through {@code TASVIEH_TEST_MYSQL_URL},
 * {@code TASVIEH_TEST_MYSQL_USER} and {@code TASVIEH_TEST_MYSQL_PASSWORD}
 * ({@code .ci/run} starts a MariaDB server and sets them). Each use creates a new empty
 * utf8mb4 database next to the one in the URL, named {@code <that name>_<random>}, so
 * every test class (and every separate JVM it starts) begins from a clean schema. The
 * user needs the right to create such databases.
 * <p>
 * As a JUnit extension it skips a test class when there is no server, with a message
 * saying how to run it, and fails it instead when {@code CI=true}. As a context
 * initializer it points the application at a new database.
 */
public final class MySqlTestDatabase implements ExecutionCondition, BeforeAllCallback,
		ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String HOW = "set TASVIEH_TEST_MYSQL_URL, TASVIEH_TEST_MYSQL_USER and TASVIEH_TEST_MYSQL_PASSWORD,"
			+ " or run them all with: CI=true bash .ci/run";

	private static final Pattern URL = Pattern.compile("^(jdbc:(?:mysql|mariadb)://[^/]+/)([^?]*)(\\?.*)?$");

	private static final String OPTIONS = "useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_bin"
			+ "&rewriteBatchedStatements=true&useServerPrepStmts=false";

	/** A database created for one test: its JDBC URL and credentials. */
	public record Database(String url, String username, String password) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.username, this.password);
		}

	}

	/** Whether a MySQL-protocol test server was given. */
	public static boolean available() {
		return notBlank(System.getenv("TASVIEH_TEST_MYSQL_URL")) && notBlank(System.getenv("TASVIEH_TEST_MYSQL_USER"));
	}

	/** Whether a missing server must fail the tests rather than skip them. */
	public static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * The command-line arguments that put an application on a database of its own: an H2
	 * file at {@code h2File} for {@code h2}, or a new database on the MySQL-protocol test
	 * server for {@code mysql} (the test is skipped, or fails with {@code CI=true}, when
	 * there is none). For tests that start several instances on one database.
	 */
	public static List<String> arguments(String vendor, Path h2File) {
		if ("h2".equals(vendor)) {
			return List.of("--spring.datasource.url=jdbc:h2:file:" + h2File);
		}
		if (!available()) {
			Assertions.assertThat(required()).as("CI=true but there is no MySQL test server").isFalse();
			Assumptions.abort("No MySQL test server, the MySQL run is skipped: " + HOW);
		}
		Database mysql = create();
		return List.of("--spring.profiles.active=mysql", "--spring.datasource.url=" + mysql.url(),
				"--spring.datasource.username=" + mysql.username(), "--spring.datasource.password=" + mysql.password());
	}

	/** Creates a new empty database on the test server. */
	public static Database create() {
		if (!available()) {
			throw new IllegalStateException("No MySQL test server: " + HOW);
		}
		String base = System.getenv("TASVIEH_TEST_MYSQL_URL");
		Matcher url = URL.matcher(base);
		if (!url.matches() || url.group(2).isEmpty()) {
			throw new IllegalStateException(
					"TASVIEH_TEST_MYSQL_URL must look like jdbc:mysql://host:port/database, not " + base);
		}
		String name = url.group(2) + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String user = System.getenv("TASVIEH_TEST_MYSQL_USER");
		String password = (System.getenv("TASVIEH_TEST_MYSQL_PASSWORD") != null)
				? System.getenv("TASVIEH_TEST_MYSQL_PASSWORD") : "";
		try (Connection admin = DriverManager.getConnection(base, user, password);
				Statement statement = admin.createStatement()) {
			statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create test database " + name + " through " + base, ex);
		}
		String options = (url.group(3) != null) ? url.group(3) + "&" + OPTIONS : "?" + OPTIONS;
		return new Database(url.group(1) + name + options, user, password);
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (available()) {
			return ConditionEvaluationResult.enabled("MySQL test server " + System.getenv("TASVIEH_TEST_MYSQL_URL"));
		}
		if (required()) {
			return ConditionEvaluationResult.enabled("CI=true: a missing MySQL test server fails the tests");
		}
		return ConditionEvaluationResult.disabled("No MySQL test server, MySQL tests skipped: " + HOW);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (!available()) {
			throw new IllegalStateException("CI=true but there is no MySQL test server: " + HOW);
		}
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Database database = create();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("mysqlTestDatabase",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.username(),
							"spring.datasource.password", database.password())));
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

}
