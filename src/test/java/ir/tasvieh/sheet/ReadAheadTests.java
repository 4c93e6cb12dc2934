package ir.tasvieh.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAheadTests {

	@Test
	void handsOverEveryRowInSheetOrderAndThenTheEnd() throws IOException {
		try (ReadAhead ahead = new ReadAhead(new Rows(5_000, null))) {
			List<Integer> numbers = new ArrayList<>();
			SheetRow row;
			while ((row = ahead.next()) != null) {
				numbers.add(row.rowNumber());
			}
			assertThat(numbers).hasSize(5_000).isSorted().startsWith(2).endsWith(5_001);
			assertThat(ahead.next()).isNull();
		}
	}

	@Test
	void givesTheRowsBeforeAFailureAndThenTheFailureItself() throws IOException {
		IOException broken = new IOException("the zip ends early");
		try (ReadAhead ahead = new ReadAhead(new Rows(3, broken))) {
			assertThat(ahead.next().rowNumber()).isEqualTo(2);
			assertThat(ahead.next().rowNumber()).isEqualTo(3);
			assertThat(ahead.next().rowNumber()).isEqualTo(4);
			assertThatThrownBy(ahead::next).isSameAs(broken);
			assertThat(ahead.next()).isNull();
		}
	}

	@Test
	void stopsReadingAndClosesTheSourceWhenClosedEarly() throws IOException {
		Rows source = new Rows(1_000_000, null);
		ReadAhead ahead = new ReadAhead(source);
		assertThat(ahead.next().rowNumber()).isEqualTo(2);
		ahead.close();
		assertThat(source.closed).isTrue();
		assertThat(source.read.get()).as("rows parsed ahead of the caller").isLessThan(1_000);
	}

	@Test
	void holdsFewRowsAheadWhenTheyAreWide() throws IOException {
		Rows source = new Rows(1_000, null, 16_000);
		try (ReadAhead ahead = new ReadAhead(source)) {
			assertThat(ahead.next()).isNotNull();
			assertThat(source.read.get()).as("wide rows parsed ahead of the caller").isLessThanOrEqualTo(6);
		}
	}

	/** Numbered rows from row 2, then a failure or the end. */
	private static final class Rows implements RowSource {

		private final int count;

		private final IOException failure;

		private final int width;

		final AtomicInteger read = new AtomicInteger();

		volatile boolean closed;

		private final AtomicBoolean failed = new AtomicBoolean();

		Rows(int count, IOException failure) {
			this(count, failure, 3);
		}

		Rows(int count, IOException failure, int width) {
			this.count = count;
			this.failure = failure;
			this.width = width;
		}

		@Override
		public SheetRow next() throws IOException {
			int n = this.read.get();
			if (n == this.count) {
				if (this.failure != null && this.failed.compareAndSet(false, true)) {
					throw this.failure;
				}
				return null;
			}
			this.read.incrementAndGet();
			List<SheetCell> cells = new ArrayList<>(this.width);
			for (int i = 0; i < this.width; i++) {
				cells.add(new SheetCell("c" + i, CellType.TEXT, null, false));
			}
			return new SheetRow(n + 2, cells);
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
