package ir.tasvieh.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Checks at start-up that a configured folder can be written, so that a folder that
 * cannot is found by starting tasvieh (exit 2, naming the key), not by the first upload
 * or an error every minute.
 */
public final class WritableFolders {

	private WritableFolders() {
	}

	/**
	 * Creates the folder when it is missing and writes and removes a file in it.
	 * @param key the setting that names the folder
	 * @throws InvalidConfigurationPropertyValueException when it cannot be written
	 */
	public static void require(String key, Path folder) {
		Path absolute = folder.toAbsolutePath();
		try {
			Files.createDirectories(absolute);
			Files.delete(Files.createTempFile(absolute, ".tasvieh-", ".probe"));
		}
		catch (IOException | RuntimeException ex) {
			throw new InvalidConfigurationPropertyValueException(key, folder,
					"The folder " + absolute + " (" + key + ") cannot be written: " + describe(ex)
							+ ". Make it a folder this process may write, or set " + key + " to one.");
		}
	}

	private static String describe(Exception ex) {
		if (ex instanceof java.nio.file.FileAlreadyExistsException) {
			return "a file of that name is in the way";
		}
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "permission denied";
		}
		if (ex instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
			return fs.getReason();
		}
		return String.valueOf(ex.getMessage());
	}

}
