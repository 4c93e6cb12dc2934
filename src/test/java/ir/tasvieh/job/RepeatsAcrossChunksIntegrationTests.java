package ir.tasvieh.job;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ir.tasvieh.TestSheets;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repeated trackers and payees are found through flags set while the sheet is read, the
 * first row of a repeat flagged when its first repeat comes: here in chunks of three
 * rows, so that first rows and repeats fall in different chunks.
 */
@SpringBootTest(properties = "tasvieh.validation.chunk-size=3")
class RepeatsAcrossChunksIntegrationTests {

	@Autowired
	Runs runs;

	@Autowired
	PayoutLedger ledger;

	@TempDir
	Path dir;

	@Test
	void findsEveryRowOfARepeatWhicheverChunksItsRowsFallIn() throws Exception {
		Path sheet = TestSheets.xlsx(this.dir.resolve("chunks.xlsx"),
				new String[] { "name", "sheba", "amount (IRR)", "tracker" }, row("Row Two", sheba(2), "1000000", "T-A"),
				row("Row Three", sheba(3), "1000000", "T-B"), row("Row Four", sheba(4), "1000000", "T-B"),
				row("Row Five", sheba(5), "2500000", null), row("Row Six", sheba(6), "1000000", null),
				row("Row Seven", sheba(7), "1000000", null), row("Row Eight", sheba(8), "1000000", null),
				row("Row Nine", sheba(9), "1000000", "T-A"), row("Row Ten", sheba(10), "1000000", null),
				row("Row Eleven", sheba(11), "1000000", "T-B"), row("Row Twelve", sheba(5), "2500000", null),
				row("Row Thirteen", sheba(5), "2500000", null), row("Row Fourteen", sheba(5), "2500001", null));

		RunResult result = this.runs.start(new RunRequest(sheet, "chunks.xlsx", ProviderName.NEXTPAY, true, false,
				this.dir.resolve("out"), "test", Duration.ZERO));

		List<LedgerRow> rows = this.ledger.rows(result.runId());
		assertThat(rows).filteredOn((row) -> row.status() == PayoutStatus.INVALID)
			.extracting(LedgerRow::rowNo)
			.containsExactly(2, 3, 4, 9, 11);
		assertThat(findings(rows, 2)).contains("TRACKER_DUPLICATE").contains("9");
		assertThat(findings(rows, 9)).contains("TRACKER_DUPLICATE").contains("2");
		assertThat(findings(rows, 11)).contains("TRACKER_DUPLICATE");
		assertThat(findings(rows, 5)).doesNotContain("DUPLICATE_PAYEE");
		assertThat(findings(rows, 12)).contains("DUPLICATE_PAYEE").contains("5");
		assertThat(findings(rows, 13)).contains("DUPLICATE_PAYEE").contains("5");
		assertThat(findings(rows, 14)).doesNotContain("DUPLICATE_PAYEE");
		assertThat(rows).filteredOn((row) -> row.rowNo() != 5 && row.rowNo() < 12)
			.allSatisfy((row) -> assertThat(findings(rows, row.rowNo())).doesNotContain("DUPLICATE_PAYEE"));
	}

	private static String findings(List<LedgerRow> rows, int rowNo) {
		String findings = rows.stream().filter((row) -> row.rowNo() == rowNo).findFirst().orElseThrow().findings();
		return (findings != null) ? findings : "";
	}

	private static String[] row(String... cells) {
		return cells;
	}

	/** A valid Parsian SHEBA of a made-up account. */
	private static String sheba(long account) {
		String bban = "0540" + String.format("%018d", 100_000_000L + account);
		int check = 98 - new BigInteger(bban + "182700").mod(BigInteger.valueOf(97)).intValue();
		return String.format("IR%02d%s", check, bban);
	}

}
