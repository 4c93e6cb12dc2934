package ir.tasvieh.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ir.tasvieh.MySqlTestDatabase;
import ir.tasvieh.TestSheets;

import static ir.tasvieh.job.SeparateProcesses.query;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs tasvieh as a separate process, kills it with {@code kill -9} while it is sending
 * payouts, runs the same command again and checks that every row is paid exactly once: on
 * an H2 file and on the MySQL-protocol test server (skipped without one, see
 * {@link MySqlTestDatabase}).
 */
class CrashRecoveryIntegrationTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void resumesAfterKillNineWithoutPayingAnyoneTwice(String vendor) throws Exception {
		SeparateProcesses.Database database = SeparateProcesses.database(vendor, this.dir);
		Path sheet = TestSheets.xlsx(this.dir.resolve("crash.xlsx"), rows());
		int port = SeparateProcesses.freePort();

		Process first = start(sheet, port, database);
		SeparateProcesses.waitForAcceptedCheckouts(port, 2, first);
		first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		Process second = start(sheet, SeparateProcesses.freePort(), database);
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("the second run ends").isTrue();
		String output = Files.readString(this.dir.resolve("run.log"));
		assertThat(second.exitValue()).as(output).isZero();
		assertThat(output).contains("Resuming run");

		try (Connection db = database.connect()) {
			Map<String, String> statuses = query(db, "SELECT tracker, status FROM payout");
			assertThat(statuses).hasSize(8).allSatisfy((tracker, status) -> assertThat(status).isEqualTo("PAID"));
			Map<String, String> accepted = query(db, "SELECT tracker, COUNT(*) FROM"
					+ " sandbox_nextpay_request WHERE outcome = 'accepted' GROUP BY tracker");
			assertThat(accepted).hasSize(8).allSatisfy((tracker, count) -> assertThat(count).isEqualTo("1"));
			assertThat(query(db, "SELECT tracker, outcome FROM sandbox_nextpay_request WHERE outcome = 'duplicate'"))
				.isEmpty();
		}
	}

	private Process start(Path sheet, int port, SeparateProcesses.Database database) throws Exception {
		return SeparateProcesses.start(
				List.of("run", sheet.toString(), "--out", this.dir.resolve("out").toString(), "--wait", "PT60S"), port,
				SeparateProcesses.FAST, database, this.dir.resolve("run.log"));
	}

	private static String[][] rows() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount" });
		String[] shebas = { "IR820540102680020817909002", "IR550570022080013447370101", "IR790610000000700796858044",
				"IR200170000000000123456789", "IR260220170001010001101001", "IR160120000000001234567890",
				"IR240150000000000000000001", "IR160161000000000123456789" };
		for (int i = 0; i < shebas.length; i++) {
			rows.add(new String[] { "Payee " + i, shebas[i], Long.toString(2_000_000L + i) });
		}
		return rows.toArray(new String[0][]);
	}

}
