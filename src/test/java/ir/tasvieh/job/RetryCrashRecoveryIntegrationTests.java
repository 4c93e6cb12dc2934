package ir.tasvieh.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ir.tasvieh.MySqlTestDatabase;
import ir.tasvieh.TestSheets;

import static ir.tasvieh.job.SeparateProcesses.query;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retry RUN_ID} killed with {@code kill -9} while it sends the new attempts, then
 * given again: it resumes, and every payment is taken once per attempt and paid once. On
 * an H2 file and on the MySQL-protocol test server (skipped without one, see
 * {@link MySqlTestDatabase}).
 */
class RetryCrashRecoveryIntegrationTests {

	private static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044", "IR200170000000000123456789", "IR260220170001010001101001",
			"IR160120000000001234567890", "IR240150000000000000000001", "IR160161000000000123456789" };

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void resumesAnInterruptedRetryWithoutPayingAnyoneTwice(String vendor) throws Exception {
		SeparateProcesses.Database database = SeparateProcesses.database(vendor, this.dir);
		Path sheet = TestSheets.xlsx(this.dir.resolve("to-retry.xlsx"), rows());
		List<String> failing = new ArrayList<>(SeparateProcesses.FAST);
		failing.add("--tasvieh.sandbox.nextpay.fail-trackers-matching=^F-");

		Process paying = SeparateProcesses.start(
				List.of("run", sheet.toString(), "--out", this.dir.resolve("out").toString(), "--wait", "PT60S"),
				SeparateProcesses.freePort(), failing, database, this.dir.resolve("run.log"));
		assertThat(paying.waitFor(120, TimeUnit.SECONDS)).as("the run ends").isTrue();
		String runLog = Files.readString(this.dir.resolve("run.log"));
		assertThat(paying.exitValue()).as(runLog).isEqualTo(1);
		long runId = runId(runLog);

		int port = SeparateProcesses.freePort();
		Process retrying = retry(runId, port, database);
		SeparateProcesses.waitForAcceptedCheckouts(port, 8 + 2, retrying);
		retrying.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		Process resumed = retry(runId, SeparateProcesses.freePort(), database);
		assertThat(resumed.waitFor(120, TimeUnit.SECONDS)).as("the resumed retry ends").isTrue();
		String retryLog = Files.readString(this.dir.resolve("retry.log"));
		assertThat(resumed.exitValue()).as(retryLog).isZero();
		assertThat(retryLog).contains("Resuming run " + runId);

		try (Connection db = database.connect()) {
			Map<String, String> current = query(db,
					"SELECT tracker, status FROM payout WHERE run_id = " + runId + " AND superseded = FALSE");
			assertThat(current).hasSize(8).allSatisfy((tracker, status) -> assertThat(status).isEqualTo("PAID"));
			Map<String, String> superseded = query(db,
					"SELECT sent_tracker, status FROM payout WHERE run_id = " + runId + " AND superseded = TRUE");
			assertThat(superseded).containsOnlyKeys("F-1", "F-2", "F-3", "F-4")
				.allSatisfy((tracker, status) -> assertThat(status).isEqualTo("FAILED"));
			Map<String, String> accepted = query(db, "SELECT tracker, COUNT(*) FROM"
					+ " sandbox_nextpay_request WHERE outcome = 'accepted' GROUP BY tracker");
			assertThat(accepted).hasSize(12)
				.containsKeys("F-1-r1", "F-2-r1", "F-3-r1", "F-4-r1")
				.allSatisfy((tracker, count) -> assertThat(count).isEqualTo("1"));
			assertThat(query(db, "SELECT tracker, outcome FROM sandbox_nextpay_request WHERE outcome = 'duplicate'"))
				.isEmpty();
			assertThat(query(db,
					"SELECT action, COUNT(*) FROM run_audit WHERE run_id = " + runId
							+ " AND action IN ('RETRIED', 'RESUMED') GROUP BY action"))
				.containsEntry("RETRIED", "1")
				.containsEntry("RESUMED", "1");
		}
	}

	private Process retry(long runId, int port, SeparateProcesses.Database database) throws Exception {
		return SeparateProcesses.start(List.of("retry", Long.toString(runId), "--wait", "PT60S"), port,
				SeparateProcesses.FAST, database, this.dir.resolve("retry.log"));
	}

	private static long runId(String log) {
		Matcher matcher = Pattern.compile("Run (\\d+): COMPLETED").matcher(log);
		assertThat(matcher.find()).as(log).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** Eight rows; the bank fails the four whose tracker starts with F-. */
	private static String[][] rows() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount", "tracker" });
		for (int i = 0; i < SHEBAS.length; i++) {
			rows.add(new String[] { "Payee " + i, SHEBAS[i], Long.toString(3_000_000L + i),
					(i % 2 == 0) ? "F-" + (i / 2 + 1) : "K-" + (i / 2 + 1) });
		}
		return rows.toArray(new String[0][]);
	}

}
