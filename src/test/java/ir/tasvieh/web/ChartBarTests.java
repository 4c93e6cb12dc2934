package ir.tasvieh.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import ir.tasvieh.payout.Tally;

import static org.assertj.core.api.Assertions.assertThat;

class ChartBarTests {

	@Test
	void drawsEachBarInProportionToItsRialsWithTheLargestFull() {
		List<ChartBar> bars = ChartBar.of(List.of(new Tally("PAID", 8, 8_000_000, 0),
				new Tally("FAILED", 1, 2_000_000, 0), new Tally("INVALID", 3, 0, 0)));
		assertThat(bars).extracting(ChartBar::length).containsExactly(ChartBar.FULL, ChartBar.FULL / 4, 0);
		assertThat(bars).extracting(ChartBar::y).containsExactly(0, ChartBar.STEP, 2 * ChartBar.STEP);
		assertThat(ChartBar.height(bars)).isEqualTo(3 * ChartBar.STEP);
	}

	@Test
	void keepsATinyBarVisibleAndFallsBackToRowsWhenNoRowHasAnAmount() {
		assertThat(ChartBar.of(List.of(new Tally("PAID", 1, 1_000_000_000, 0), new Tally("FAILED", 1, 1, 0))))
			.extracting(ChartBar::length)
			.containsExactly(ChartBar.FULL, 2);
		assertThat(ChartBar.of(List.of(new Tally("INVALID", 4, 0, 0), new Tally("x", 2, 0, 0))))
			.extracting(ChartBar::length)
			.containsExactly(ChartBar.FULL, ChartBar.FULL / 2);
	}

}
