package ir.tasvieh.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.sheet.MessageText;

/**
 * The SHA-256 of a sheet's bytes: what identifies "the same file" whatever its name.
 */
final class FileDigest {

	private FileDigest() {
	}

	static String sha256(Path file) {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
			MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchFileException ex) {
			throw new SheetRejected("NOT_FOUND", "فایل " + MessageText.quote(file.getFileName()) + " پیدا نشد.",
					"The file '" + file.getFileName() + "' does not exist.", ex);
		}
		catch (IOException ex) {
			throw new SheetRejected("UNREADABLE", "فایل " + MessageText.quote(file.getFileName()) + " خوانده نشد.",
					"The file '" + file.getFileName() + "' could not be read.", ex);
		}
	}

	private static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
