package ir.tasvieh.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenKeysTests {

	@Test
	void tellsATrackerSeenBeforeFromANewOneAndNamesItsFirstRowOnce() {
		SeenKeys seen = new SeenKeys();
		assertThat(seen.tracker("emp-1001", 2)).isEqualTo(SeenKeys.NEW);
		assertThat(seen.tracker("emp-1002", 3)).isEqualTo(SeenKeys.NEW);
		assertThat(seen.tracker("emp-1001", 4)).isEqualTo(2);
		assertThat(seen.tracker("emp-1001", 5)).isEqualTo(SeenKeys.SEEN);
	}

	@Test
	void keepsPayeesApartByAmountAndFromTrackers() {
		SeenKeys seen = new SeenKeys();
		assertThat(seen.payee("IR820540102680020817909002", 1_500_000, 2)).isEqualTo(SeenKeys.NEW);
		assertThat(seen.payee("IR820540102680020817909002", 1_500_001, 3)).isEqualTo(SeenKeys.NEW);
		assertThat(seen.tracker("IR820540102680020817909002", 4)).isEqualTo(SeenKeys.NEW);
		assertThat(seen.payee("IR820540102680020817909002", 1_500_000, 5)).isEqualTo(2);
	}

	@Test
	void remembersAMillionKeysAndTheirFirstRowsAcrossGrowth() {
		SeenKeys seen = new SeenKeys();
		int repeats = 0;
		for (int i = 0; i < 1_000_000; i++) {
			repeats += (seen.tracker("t-" + i, i + 2) != SeenKeys.NEW) ? 1 : 0;
		}
		assertThat(repeats).as("false repeats among distinct keys").isZero();
		for (int i = 0; i < 1_000_000; i += 1000) {
			assertThat(seen.tracker("t-" + i, 2_000_000)).isEqualTo(i + 2);
		}
	}

}
