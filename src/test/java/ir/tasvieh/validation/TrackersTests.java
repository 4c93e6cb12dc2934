package ir.tasvieh.validation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Trackers derived from the file's SHA-256 and the row number. */
class TrackersTests {

	private static final String FILE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	private static final String OTHER_FILE = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

	@Test
	void derivesTheSameTrackerForTheSameFileAndRow() {
		assertThat(Trackers.derive(FILE, 2)).isEqualTo(Trackers.derive(FILE, 2));
	}

	@Test
	void isTheNameBasedUuidOfTheDigestAndRowNumber() {
		UUID expected = UUID.nameUUIDFromBytes((FILE + ":2").getBytes(StandardCharsets.UTF_8));
		assertThat(Trackers.derive(FILE, 2)).isEqualTo(expected.toString());
		assertThat(UUID.fromString(Trackers.derive(FILE, 2)).version()).isEqualTo(3);
	}

	@Test
	void differsByRowAndByFile() {
		assertThat(Trackers.derive(FILE, 2)).isNotEqualTo(Trackers.derive(FILE, 3));
		assertThat(Trackers.derive(FILE, 2)).isNotEqualTo(Trackers.derive(OTHER_FILE, 2));
		assertThat(Trackers.derive(FILE, 12)).isNotEqualTo(Trackers.derive(FILE, 1));
	}

	@Test
	void ignoresTheCaseOfTheHexDigest() {
		assertThat(Trackers.derive(FILE.toUpperCase(), 5)).isEqualTo(Trackers.derive(FILE, 5));
	}

	@Test
	void passesTheTrackerFormatRule() {
		String tracker = Trackers.derive(FILE, 1_000_000);
		assertThat(tracker).hasSize(36).matches("[A-Za-z0-9_-]{1,64}");
		assertThat(PayoutRowValidator.isTracker(tracker)).isTrue();
	}

}
