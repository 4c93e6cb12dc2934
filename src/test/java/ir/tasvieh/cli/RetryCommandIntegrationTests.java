package ir.tasvieh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ir.tasvieh.TestSheets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retry RUN_ID} on the command line against NextPay's built-in sandbox: it sends
 * only the FAILED rows again and exits as {@code run} does, and exits 2 with a clear
 * message when there is nothing to retry.
 */
class RetryCommandIntegrationTests extends CommandLineTestSupport {

	@Test
	void sendsOnlyTheFailedRowsAgainAndExitsZeroOnceAllArePaid() throws Exception {
		String tag = "cli-" + System.nanoTime();
		control(Map.of("failTrackersMatching", "^" + tag + "-f$"));
		Path sheet = sheet(tag);
		assertThat(execute("run", sheet.toString(), "--out", this.dir.resolve("out").toString(), "--wait", "PT30S"))
			.as(stderr())
			.isEqualTo(1);
		long runId = runId();
		assertThat(stdout()).containsPattern("(?m)^  FAILED\\s+1\\s")
			.contains("Run " + runId + ": COMPLETED_WITH_FAILURES")
			.containsPattern("(?m)^  row \\d+ FAILED: Failed \\(.*withdrawal request has failed");
		control(Map.of("reset", true));
		this.out.reset();

		int exit = execute("retry", Long.toString(runId), "--wait", "PT30S");

		assertThat(exit).as(stderr()).isZero();
		// The summary's lines only: another test may have left DEBUG logging on.
		assertThat(stdout()).contains("Run " + runId + ": COMPLETED")
			.doesNotContain("COMPLETED_WITH_FAILURES")
			.containsPattern("(?m)^  PAID\\s+2\\s")
			.doesNotContainPattern("(?m)^  FAILED\\s");
		assertThat(accepted(tag + "-f")).isOne();
		assertThat(accepted(tag + "-f-r1")).isOne();
		assertThat(accepted(tag + "-ok")).as("a paid row is not sent again").isOne();
		assertThat(Files.exists(this.dir.resolve("out").resolve(tag + ".result.xlsx"))).isTrue();

		this.err.reset();
		assertThat(execute("retry", Long.toString(runId))).isEqualTo(2);
		assertThat(stderr()).contains("Run " + runId + " has no FAILED rows to send again.").contains("ردیف ناموفقی");
	}

	@Test
	void exitsTwoForARunThatDoesNotExistOrIsNotANumber() {
		assertThat(execute("retry", "987654321")).isEqualTo(2);
		assertThat(stderr()).contains("There is no run 987654321.");
		assertThat(execute("retry", "last")).isEqualTo(2);
		assertThat(execute("retry")).isEqualTo(2);
	}

	private Path sheet(String tag) throws Exception {
		return TestSheets.xlsx(this.dir.resolve(tag + ".xlsx"), new String[] { "name", "sheba", "amount", "tracker" },
				new String[] { "Ali", "IR820540102680020817909002", "1500000", tag + "-f" },
				new String[] { "Sara", "IR550570022080013447370101", "2500000", tag + "-ok" });
	}

}
