package ir.tasvieh.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenKeysTests {

	@Test
	void tellsATrackerSeenBeforeFromANewOne() {
		SeenKeys seen = new SeenKeys();
		assertThat(seen.tracker("emp-1001")).isFalse();
		assertThat(seen.tracker("emp-1002")).isFalse();
		assertThat(seen.tracker("emp-1001")).isTrue();
	}

	@Test
	void keepsPayeesApartByAmountAndFromTrackers() {
		SeenKeys seen = new SeenKeys();
		assertThat(seen.payee("IR820540102680020817909002", 1_500_000)).isFalse();
		assertThat(seen.payee("IR820540102680020817909002", 1_500_001)).isFalse();
		assertThat(seen.tracker("IR820540102680020817909002")).isFalse();
		assertThat(seen.payee("IR820540102680020817909002", 1_500_000)).isTrue();
	}

	@Test
	void remembersAMillionKeysAcrossGrowth() {
		SeenKeys seen = new SeenKeys();
		int repeats = 0;
		for (int i = 0; i < 1_000_000; i++) {
			repeats += seen.tracker("t-" + i) ? 1 : 0;
		}
		assertThat(repeats).as("false repeats among distinct keys").isZero();
		for (int i = 0; i < 1_000_000; i += 1000) {
			assertThat(seen.tracker("t-" + i)).isTrue();
		}
	}

}
