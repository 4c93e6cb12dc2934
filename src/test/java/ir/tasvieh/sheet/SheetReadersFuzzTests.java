package ir.tasvieh.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the header detector with any header row and the CSV reader with any bytes: the
 * only failure either may report is a {@link SheetRejected} with a message in both
 * languages that names the file; anything else thrown is a bug.
 */
@Tag("fuzz")
class SheetReadersFuzzTests {

	private final PayoutSheets sheets = new StreamingPayoutSheets();

	@FuzzTest
	void recognisesAnyHeaderRowOrSaysWhatIsMissing(FuzzedDataProvider data) {
		List<SheetCell> cells = new ArrayList<>();
		int width = data.consumeInt(0, 12);
		for (int i = 0; i < width; i++) {
			cells.add(SheetCell.text(data.consumeString(40)));
		}
		try {
			SheetHeader header = HeaderRecognizer.recognize("fuzz.csv", new SheetRow(1, cells));
			assertThat(header.has(Column.NAME)).isTrue();
			assertThat(header.has(Column.AMOUNT)).isTrue();
			assertThat(header.has(Column.SHEBA) || header.has(Column.CARD)).isTrue();
			for (Column column : header.columns().keySet()) {
				assertThat(header.indexOf(column).get()).isBetween(0, width - 1);
			}
		}
		catch (SheetRejected rejected) {
			assertNamesTheFile(rejected, "fuzz.csv");
		}
	}

	@FuzzTest
	void readsAnyBytesAsCsvOrRejectsThem(byte[] bytes) throws IOException {
		Path file = Files.createTempFile("tasvieh-fuzz", ".csv");
		try {
			Files.write(file, bytes);
			String name = file.getFileName().toString();
			try (PayoutSheetReader reader = this.sheets.open(file)) {
				int rows = 0;
				SheetRow row;
				int last = reader.header().rowNumber();
				while ((row = reader.next()) != null && rows++ < 10_000) {
					assertThat(row.rowNumber()).isGreaterThan(last);
					last = row.rowNumber();
				}
			}
			catch (SheetRejected rejected) {
				assertNamesTheFile(rejected, name);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void assertNamesTheFile(SheetRejected rejected, String name) {
		assertThat(rejected.reason()).isNotBlank();
		assertThat(rejected.messageEn()).contains(name);
		assertThat(rejected.messageFa()).contains(name);
	}

}
