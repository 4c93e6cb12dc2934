package ir.tasvieh.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ir.tasvieh.TestSheets;

import static ir.tasvieh.job.SeparateProcesses.query;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} told to stop (SIGTERM) while it pays a sheet from its inbox: the calls in
 * flight finish and are recorded, it exits 0 without a stack trace, and the next
 * {@code serve} pays the rest, nobody twice. On an H2 file and on the MySQL-protocol test
 * server (skipped without one).
 */
class CleanStopIntegrationTests {

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void stopsPayingCleanlyOnSigtermAndPaysTheRestAtTheNextStart(String vendor) throws Exception {
		SeparateProcesses.Database database = SeparateProcesses.database(vendor, this.dir);
		TestSheets.xlsx(Files.createDirectories(this.dir.resolve("inbox")).resolve("stop.xlsx"), rows());

		int port = SeparateProcesses.freePort();
		Process first = serve(port, database, "first.log");
		try {
			SeparateProcesses.waitForAcceptedCheckouts(port, 2, first);
		}
		catch (AssertionError ex) {
			throw new AssertionError(ex.getMessage() + ":\n" + Files.readString(this.dir.resolve("first.log")), ex);
		}
		first.destroy();

		assertThat(first.waitFor(120, TimeUnit.SECONDS)).as("serve stops").isTrue();
		String stopped = Files.readString(this.dir.resolve("first.log"));
		assertThat(first.exitValue()).as(stopped).isZero();
		assertThat(stopped).as("no stack trace").doesNotContain("\tat ", "Exception");
		try (Connection db = database.connect()) {
			assertThat(query(db, "SELECT id, status FROM payout_run")).containsValue("APPROVED");
			assertThat(query(db, "SELECT tracker, status FROM payout")).hasSize(8)
				.as("every call in flight was answered and recorded")
				.allSatisfy((tracker, status) -> assertThat(status).isIn("READY", "SUBMITTED", "PAID"))
				.containsValue("READY");
		}

		int again = SeparateProcesses.freePort();
		Process second = serve(again, database, "second.log");
		SeparateProcesses.waitForAcceptedCheckouts(again, 8, second);
		second.destroy();
		assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
		String resumed = Files.readString(this.dir.resolve("second.log"));
		assertThat(second.exitValue()).as(resumed).isZero();
		assertThat(resumed).doesNotContain("\tat ", "Exception");
		try (Connection db = database.connect()) {
			assertThat(query(db, "SELECT tracker, status FROM payout")).hasSize(8)
				.allSatisfy((tracker, status) -> assertThat(status).isIn("SUBMITTED", "PAID"));
			assertThat(query(db,
					"SELECT tracker, COUNT(*) FROM sandbox_nextpay_request WHERE outcome = 'accepted'"
							+ " GROUP BY tracker"))
				.hasSize(8)
				.allSatisfy((tracker, count) -> assertThat(count).isEqualTo("1"));
		}
	}

	private Process serve(int port, SeparateProcesses.Database database, String log) throws Exception {
		List<String> properties = new ArrayList<>(SeparateProcesses.FAST);
		properties.addAll(List.of("--tasvieh.inbox.dir=" + this.dir.resolve("inbox"),
				"--tasvieh.inbox.out-dir=" + this.dir.resolve("out"), "--tasvieh.inbox.auto-approve=true",
				"--tasvieh.inbox.cron=* * * * * *", "--tasvieh.scheduler.lock-at-least-for=PT0S",
				"--tasvieh.approval.follow-for=PT60S", "--tasvieh.upload.dir=" + this.dir.resolve("uploads"),
				"--tasvieh.web.out-dir=" + this.dir.resolve("out")));
		return SeparateProcesses.start(List.of("serve"), port, properties, database, this.dir.resolve(log));
	}

	private static String[][] rows() {
		String[] shebas = { "IR820540102680020817909002", "IR550570022080013447370101", "IR790610000000700796858044",
				"IR200170000000000123456789", "IR260220170001010001101001", "IR160120000000001234567890",
				"IR240150000000000000000001", "IR160161000000000123456789" };
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "name", "sheba", "amount" });
		for (int i = 0; i < shebas.length; i++) {
			rows.add(new String[] { "Payee " + i, shebas[i], Long.toString(3_000_000L + i) });
		}
		return rows.toArray(new String[0][]);
	}

}
