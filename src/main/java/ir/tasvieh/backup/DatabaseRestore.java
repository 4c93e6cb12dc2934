package ir.tasvieh.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Puts a backup (H2's zip) back as the embedded database: only into a folder without one,
 * unless forced, and never while a process holds the database. A database that is
 * replaced is kept beside it, renamed, not deleted: it is a payment ledger.
 */
class DatabaseRestore {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final DataSourceProperties dataSource;

	DatabaseRestore(DataSourceProperties dataSource) {
		this.dataSource = dataSource;
	}

	BackupOutcome restore(Path in, boolean force) {
		Optional<EmbeddedDatabase> found = EmbeddedDatabase.of(this.dataSource.getUrl());
		if (found.isEmpty()) {
			return DatabaseBackups.notEmbedded(in);
		}
		EmbeddedDatabase database = found.get();
		if (!Files.isRegularFile(in)) {
			return BackupOutcome.refused(in, "There is no backup file " + in.toAbsolutePath().normalize() + ".");
		}
		Path file = database.file();
		boolean exists = Files.exists(file);
		if (exists && isHeld(file)) {
			return BackupOutcome.refused(in, "A process holds the database " + file
					+ " (tasvieh is running): stop it before restoring, or take a backup instead.");
		}
		if (exists && !force) {
			return BackupOutcome.refused(in, "There is a database at " + file + " already; restore puts a backup into"
					+ " an empty data folder. Add --force to replace it (it is kept, renamed, beside the new one).");
		}
		Path partial = database.sibling(".mv.db.restoring");
		Path kept = null;
		boolean placed = false;
		try {
			Files.createDirectories(database.folder());
			if (!unzipDatabase(in, partial)) {
				return BackupOutcome.refused(in, in.toAbsolutePath().normalize()
						+ " is not a tasvieh backup: it holds no H2 database file (*.mv.db).");
			}
			if (exists) {
				kept = database.sibling(".mv.db.before-restore-" + LocalDateTime.now().format(STAMP));
				Files.move(file, kept);
			}
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
			placed = true;
			String ledger = describeLedger(database);
			return BackupOutcome.done(in, "Restored " + file + " from " + in.toAbsolutePath().normalize() + ": "
					+ ledger + ((kept != null) ? ". The database it replaced is kept as " + kept + "." : "."));
		}
		catch (IOException | SQLException ex) {
			putBack(file, placed, kept);
			return BackupOutcome.failed(in, "Could not restore from " + in.toAbsolutePath().normalize() + ": "
					+ ex.getMessage() + ". The database folder is as it was.");
		}
		finally {
			DatabaseBackups.deleteQuietly(partial);
		}
	}

	/**
	 * Whether a process holds the database: H2 keeps a lock on its file while it is open.
	 */
	static boolean isHeld(Path file) {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			// Held by this very JVM.
			return true;
		}
		catch (IOException ex) {
			return true;
		}
	}

	/** Writes the zip's database file to {@code target}; whether there was one. */
	private static boolean unzipDatabase(Path zip, Path target) throws IOException {
		try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				// Only the entry's bytes are used, never its path: it cannot write
				// elsewhere.
				if (!entry.isDirectory() && entry.getName().endsWith(".mv.db")) {
					copy(entries, target);
					return true;
				}
			}
		}
		catch (java.util.zip.ZipException ex) {
			return false;
		}
		return false;
	}

	private static void copy(InputStream in, Path target) throws IOException {
		Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Opens the restored database and counts what its ledger knows. */
	private String describeLedger(EmbeddedDatabase database) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.existingOnly(), this.dataSource.getUsername(),
				this.dataSource.getPassword()); Statement statement = connection.createStatement()) {
			return count(statement, "payout_run") + " runs and " + count(statement, "payout") + " payouts";
		}
	}

	private static long count(Statement statement, String table) throws SQLException {
		try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Undoes what a restore that failed part-way did. */
	private static void putBack(Path file, boolean placed, Path kept) {
		if (placed) {
			DatabaseBackups.deleteQuietly(file);
		}
		if (kept == null) {
			return;
		}
		try {
			Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// kept is still there under its name; the message names the folder.
		}
	}

}
