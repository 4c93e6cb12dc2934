package ir.tasvieh.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Tells a start that failed on bad configuration (exit 2, SPEC 2) from one that failed on
 * a bug, and says what to fix: the key and the fix, in one paragraph. Features report a
 * bad setting of their own as Spring Boot's
 * {@link InvalidConfigurationPropertyValueException}; a database that cannot be opened is
 * recognised here.
 */
public final class StartFailures {

	static final String DATASOURCE_URL = "spring.datasource.url";

	private StartFailures() {
	}

	/** What was wrong with the configuration, and how to fix it. */
	record Problem(String key, String description, String action) {

	}

	/** The exit code of a start that failed on {@code failure}. */
	public static int exitCode(Throwable failure) {
		return (problem(failure, null) != null) ? ExitCodes.USAGE : 1;
	}

	/**
	 * The configuration problem a start failed on, or {@code null} when it was something
	 * else.
	 * @param url the configured database URL, for the message, or {@code null}
	 */
	static Problem problem(Throwable failure, String url) {
		InvalidConfigurationPropertyValueException invalid = find(failure,
				InvalidConfigurationPropertyValueException.class);
		if (invalid != null) {
			return new Problem(invalid.getName(), invalid.getReason(), "");
		}
		String database = "The database at " + DATASOURCE_URL + " (" + shown(url) + ")";
		if (malformedUrl(failure)) {
			return new Problem(DATASOURCE_URL, database + " is not a JDBC URL tasvieh can use.",
					"Write it as jdbc:mysql://HOST:PORT/DATABASE (MySQL or MariaDB) or jdbc:h2:file:./data/tasvieh,"
							+ " or leave " + DATASOURCE_URL + " out to use the embedded database under data/.");
		}
		SQLException sql = find(failure, SQLException.class);
		if (sql == null || failedMigration(failure)) {
			// A migration that fails is a bug of tasvieh's, not the configuration.
			return null;
		}
		String state = (sql.getSQLState() != null) ? sql.getSQLState() : "";
		if (state.startsWith("08") || unreachable(failure)) {
			return new Problem(DATASOURCE_URL, database + " cannot be reached (" + firstLine(sql) + ").",
					"Check that the database server is running and that the host and port in " + DATASOURCE_URL
							+ " are right, or leave it out to use the embedded database under data/.");
		}
		if (state.startsWith("28")) {
			return new Problem("spring.datasource.username", database + " refused the user (" + firstLine(sql) + ").",
					"Set spring.datasource.username and spring.datasource.password to a user that may use it.");
		}
		return new Problem(DATASOURCE_URL, database + " could not be opened (" + firstLine(sql) + ").",
				"Check " + DATASOURCE_URL + ", that the database exists and that this process may use it.");
	}

	private static boolean malformedUrl(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = String.valueOf(cause.getMessage());
			if (message.contains("claims to not accept jdbcUrl")
					|| cause.getClass().getSimpleName().equals("DataSourceBeanCreationException")
					|| message.contains("URL format error") || message.contains("No suitable driver")) {
				return true;
			}
		}
		return false;
	}

	private static boolean failedMigration(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause.getClass().getSimpleName().contains("Migrat")) {
				return true;
			}
		}
		return false;
	}

	private static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private static String firstLine(Throwable failure) {
		String message = String.valueOf(failure.getMessage()).strip();
		int end = message.indexOf('\n');
		return (end > 0) ? message.substring(0, end).strip() : message;
	}

	/** The URL without its options, which may carry a password. */
	private static String shown(String url) {
		if (url == null || url.isBlank()) {
			return "not set";
		}
		int options = url.length();
		for (char separator : new char[] { '?', ';' }) {
			int at = url.indexOf(separator);
			if (at > 0) {
				options = Math.min(options, at);
			}
		}
		return url.substring(0, options);
	}

}
