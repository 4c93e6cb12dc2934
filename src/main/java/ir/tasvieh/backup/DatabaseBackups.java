package ir.tasvieh.backup;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import ir.tasvieh.backup.ServingHandoff.Handoff;

/**
 * {@code backup} and {@code restore} of the embedded H2 database (docs/SPEC.md section
 * 9.8). A backup is H2's {@code BACKUP TO}: a zip of the database file, transactionally
 * consistent while the database is in use. It is taken by the process that holds the
 * database when one serves (asked through {@link ServingHandoff}), else by this one.
 */
@Component
public class DatabaseBackups {

	/** H2's "Database may be already in use". */
	private static final int DATABASE_ALREADY_OPEN = 90020;

	private final DataSourceProperties dataSource;

	private final ObjectProvider<DataSource> pool;

	private final DatabaseRestore restore;

	DatabaseBackups(DataSourceProperties dataSource, ObjectProvider<DataSource> pool) {
		this.dataSource = dataSource;
		this.pool = pool;
		this.restore = new DatabaseRestore(dataSource);
	}

	/** Writes a consistent copy of the embedded database to {@code out}. */
	public BackupOutcome backup(Path out) {
		Optional<EmbeddedDatabase> found = EmbeddedDatabase.of(this.dataSource.getUrl());
		if (found.isEmpty()) {
			return notEmbedded(out);
		}
		EmbeddedDatabase database = found.get();
		if (!Files.isRegularFile(database.file())) {
			return BackupOutcome.refused(out, "There is no database at " + database.file() + " to back up.");
		}
		Path target = out.toAbsolutePath();
		Path partial = target.resolveSibling(target.getFileName() + ".partial");
		try {
			Files.createDirectories(target.getParent());
			Optional<Handoff> handoff = ServingHandoff.read(database);
			if (handoff.isPresent() && askServingProcess(handoff.get(), partial)) {
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
				return BackupOutcome.done(target, "Saved a copy of " + database.file() + " to " + target
						+ ", taken by the tasvieh process that holds it (pid " + handoff.get().pid() + ").");
			}
			try (Connection connection = DriverManager.getConnection(database.existingOnly(),
					this.dataSource.getUsername(), this.dataSource.getPassword())) {
				backupTo(connection, partial);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
			return BackupOutcome.done(target, "Saved a copy of " + database.file() + " to " + target + ".");
		}
		catch (SQLException ex) {
			if (ex.getErrorCode() == DATABASE_ALREADY_OPEN) {
				return BackupOutcome.refused(out, "Another process holds " + database.file()
						+ " and does not serve HTTP, so it cannot be asked for a copy; run backup again once it ends.");
			}
			return BackupOutcome.failed(out, "The database refused the backup: " + ex.getMessage());
		}
		catch (IOException ex) {
			return BackupOutcome.failed(out, "Could not write " + target + ": " + ex.getMessage());
		}
		finally {
			deleteQuietly(partial);
		}
	}

	/** Puts a backup back as the embedded database. */
	public BackupOutcome restore(Path in, boolean force) {
		return this.restore.restore(in, force);
	}

	/**
	 * A copy of the database this process holds, in a temporary file the caller deletes.
	 */
	Path copyHere() throws IOException {
		Path copy = Files.createTempFile("tasvieh-backup-", ".zip");
		Files.delete(copy);
		try (Connection connection = this.pool.getObject().getConnection()) {
			backupTo(connection, copy);
			return copy;
		}
		catch (SQLException ex) {
			deleteQuietly(copy);
			throw new IOException("The database refused the backup: " + ex.getMessage(), ex);
		}
	}

	private static void backupTo(Connection connection, Path file) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			// BACKUP TO takes a literal only; the path is ours, its quotes doubled.
			statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
		}
	}

	/**
	 * Asks the process that serves for the copy.
	 * @return whether it answered with one; {@code false} when nobody answers on the
	 * handoff's port (a process that was killed left it behind)
	 */
	private static boolean askServingProcess(Handoff handoff, Path partial) throws IOException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		HttpRequest request = HttpRequest.newBuilder(handoff.uri())
			.header(BackupController.KEY_HEADER, String.valueOf(handoff.key()))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<Path> response = http.send(request, HttpResponse.BodyHandlers.ofFile(partial));
			if (response.statusCode() != 200) {
				throw new IOException("the tasvieh process holding the database (pid " + handoff.pid()
						+ ") refused the backup with HTTP " + response.statusCode());
			}
			return true;
		}
		catch (ConnectException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	static BackupOutcome notEmbedded(Path file) {
		return BackupOutcome.refused(file,
				"backup and restore are for the embedded H2 database (spring.datasource.url"
						+ " jdbc:h2:file:…). On MySQL or MariaDB use its own tools, e.g. mysqldump --single-transaction"
						+ " (docs/operations.md).");
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// Left behind: a .partial file is never taken for a backup.
		}
	}

}
