package ir.tasvieh.backup;

import java.nio.file.Path;

/**
 * What a backup or a restore did.
 *
 * @param kind whether it was done, refused before anything changed, or failed
 * @param file the backup file written or read
 * @param message one or two sentences for the person at the terminal
 */
public record BackupOutcome(Kind kind, Path file, String message) {

	public enum Kind {

		/** The copy was written, or the database put back. */
		DONE,
		/** Nothing was changed: the database is not embedded, is in use, or exists. */
		REFUSED,
		/** Something went wrong part-way; what was there before is still there. */
		FAILED

	}

	static BackupOutcome done(Path file, String message) {
		return new BackupOutcome(Kind.DONE, file, message);
	}

	static BackupOutcome refused(Path file, String message) {
		return new BackupOutcome(Kind.REFUSED, file, message);
	}

	static BackupOutcome failed(Path file, String message) {
		return new BackupOutcome(Kind.FAILED, file, message);
	}

}
