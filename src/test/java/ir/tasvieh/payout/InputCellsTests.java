package ir.tasvieh.payout;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputCellsTests {

	@Test
	void roundTripsCellsWithEmptyOnesAtEitherEnd() {
		List<String> cells = List.of("", "علی رضایی", "=1+2", "a,b;\"c\"\n\td", "");
		assertThat(InputCells.decode(InputCells.encode(cells))).isEqualTo(cells);
	}

	@Test
	void keepsASingleEmptyCell() {
		assertThat(InputCells.decode(InputCells.encode(List.of("")))).containsExactly("");
	}

	@Test
	void turnsTheSeparatorInsideACellIntoASpaceAndNullIntoEmpty() {
		assertThat(InputCells.decode(InputCells.encode(Arrays.asList("a\u001fb", null)))).containsExactly("a b", "");
	}

}
