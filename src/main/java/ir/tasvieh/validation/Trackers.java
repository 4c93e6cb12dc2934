package ir.tasvieh.validation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Trackers for rows whose sheet gives none (SPEC section 4): a name-based UUID of the
 * file's SHA-256 and the row number, so the same file always yields the same trackers and
 * running it again can never pay a row twice.
 */
public final class Trackers {

	private Trackers() {
	}

	/**
	 * The derived tracker of a row: {@code UUID.nameUUIDFromBytes} of
	 * {@code fileSha256Hex + ":" + rowNumber} in UTF-8, the hex taken in lower case so
	 * either spelling of one digest gives one tracker. The result (36 characters) passes
	 * {@code TRACKER_FORMAT}.
	 * @param fileSha256Hex the SHA-256 of the sheet file, in hex
	 * @param rowNumber the row number as the sheet shows it
	 * @return the tracker, e.g. {@code 3f2b9c1e-5d7a-3c4e-9b1f-0a2d4c6e8f10}
	 */
	public static String derive(String fileSha256Hex, int rowNumber) {
		Objects.requireNonNull(fileSha256Hex, "fileSha256Hex");
		String name = fileSha256Hex.toLowerCase(Locale.ROOT) + ":" + rowNumber;
		return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
	}

}
