package ir.tasvieh;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a test database holds, table by table, as text: what an attacker who copied
 * the database (or a backup of it) would read.
 */
public final class DatabaseText {

	private DatabaseText() {
	}

	/**
	 * One line per row, {@code TABLE: value | value | ...}, for every table of the
	 * current schema except those named (lower case).
	 */
	public static String dump(JdbcTemplate jdbc, Set<String> except) {
		return dump(jdbc, except, Set.of());
	}

	/**
	 * As {@link #dump(JdbcTemplate, Set)}, leaving out the columns named (lower case) in
	 * every table.
	 */
	public static String dump(JdbcTemplate jdbc, Set<String> except, Set<String> exceptColumns) {
		List<String> tables = jdbc.queryForList(
				"SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_TYPE = 'BASE TABLE'",
				String.class);
		StringBuilder text = new StringBuilder();
		for (String table : tables) {
			if (except.contains(table.toLowerCase(java.util.Locale.ROOT))) {
				continue;
			}
			jdbc.query("SELECT * FROM \"" + table + "\"", (result) -> {
				int columns = result.getMetaData().getColumnCount();
				List<String> values = new ArrayList<>(columns);
				for (int i = 1; i <= columns; i++) {
					String column = result.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
					if (!exceptColumns.contains(column)) {
						values.add(String.valueOf(result.getString(i)));
					}
				}
				text.append(table).append(": ").append(String.join(" | ", values)).append('\n');
			});
		}
		return text.toString();
	}

	/** The number of rows of a table. */
	public static long count(JdbcTemplate jdbc, String table) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return (count != null) ? count : 0;
	}

}
