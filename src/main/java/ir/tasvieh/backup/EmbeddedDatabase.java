package ir.tasvieh.backup;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an embedded H2 file database lives, read from its JDBC URL
 * ({@code jdbc:h2:file:./data/tasvieh;…} is {@code ./data/tasvieh.mv.db}).
 *
 * @param base the database's path without H2's {@code .mv.db} ending
 * @param url the JDBC URL it was read from
 */
record EmbeddedDatabase(Path base, String url) {

	private static final String FILE_ENDING = ".mv.db";

	/**
	 * The database a URL names, or nothing for one that is not an H2 file (MySQL, an
	 * in-memory or a remote H2).
	 */
	static Optional<EmbeddedDatabase> of(String url) {
		if (url == null) {
			return Optional.empty();
		}
		String lower = url.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("jdbc:h2:")) {
			return Optional.empty();
		}
		String rest = url.substring("jdbc:h2:".length());
		int options = rest.indexOf(';');
		String name = (options >= 0) ? rest.substring(0, options) : rest;
		String lowerName = name.toLowerCase(Locale.ROOT);
		if (lowerName.startsWith("file:")) {
			name = name.substring("file:".length());
		}
		else if (lowerName.matches("^[a-z]{2,}:.*")) {
			// mem:, tcp:, ssl:, zip:, split: … are no file this process can copy.
			return Optional.empty();
		}
		if (name.isBlank()) {
			return Optional.empty();
		}
		if (name.startsWith("~")) {
			name = System.getProperty("user.home") + name.substring(1);
		}
		return Optional.of(new EmbeddedDatabase(Path.of(name).toAbsolutePath().normalize(), url));
	}

	/** The database's one file. */
	Path file() {
		return sibling(FILE_ENDING);
	}

	/**
	 * Where a process that holds the database and serves HTTP says how to ask it for a
	 * backup.
	 */
	Path handoff() {
		return sibling(".serve");
	}

	/** The folder the database is in ({@code data/}). */
	Path folder() {
		return this.base.getParent();
	}

	/** The URL to open it with for a backup: it must exist, never be created. */
	String existingOnly() {
		return this.url + ";IFEXISTS=TRUE";
	}

	Path sibling(String ending) {
		return this.base.resolveSibling(this.base.getFileName() + ending);
	}

}
