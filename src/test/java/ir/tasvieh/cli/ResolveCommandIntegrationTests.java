package ir.tasvieh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code resolve RUN_ID} on the command line (docs/SPEC.md section 6.1): a row whose call
 * was lost before NextPay's sandbox took it, and whose inquiries stay unclear, is decided
 * NOT_RECEIVED at once, sent again under its own tracker and paid exactly once; a row not
 * in doubt is refused.
 */
class ResolveCommandIntegrationTests extends CommandLineTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRowNotReceivedIsSentAgainUnderItsOwnTrackerAndPaidOnce() throws Exception {
		String tracker = "resolve-" + System.nanoTime();
		Path sheet = Files.writeString(this.dir.resolve(tracker + ".csv"),
				"name,sheba,amount,tracker\nAli,IR820540102680020817909002," + (1_700_000 + System.nanoTime() % 1000)
						+ "," + tracker + "\n");
		control(Map.of("failEveryNth5xx", 1, "unclearInquiries", "unknown"));
		execute("run", sheet.toString(), "--out", this.dir.resolve("out").toString(), "--wait", "PT1S");
		long runId = runId();
		assertThat(status(runId)).isEqualTo("UNKNOWN");
		control(Map.of("failEveryNth5xx", 0));
		this.out.reset();

		int exit = execute("resolve", Long.toString(runId), "--rows", "2", "--outcome", "not-received", "--note",
				"NextPay's panel has no such payout", "--wait", "PT30S");

		assertThat(exit).as(stderr()).isZero();
		assertThat(stdout()).contains("on run " + runId + ": APPLIED", "Run " + runId + ": COMPLETED SUCCEEDED");
		assertThat(status(runId)).isEqualTo("PAID");
		assertThat(checkouts(tracker)).containsExactly("server_error", "accepted");

		assertThat(execute("resolve", Long.toString(runId), "--rows", "2", "--outcome", "FAILED", "--note", "x"))
			.isEqualTo(2);
		assertThat(stderr()).contains("NOT_IN_DOUBT", "Row 2 of run " + runId + " is not in doubt");
		assertThat(execute("resolve", Long.toString(runId), "--rows", "2", "--outcome", "paid")).isEqualTo(2);
		assertThat(execute("resolve", Long.toString(runId), "--rows", "2", "--outcome", "lost", "--note", "x"))
			.isEqualTo(2);
	}

	private String status(long runId) {
		return this.jdbc.queryForObject("SELECT status FROM payout WHERE run_id = ? AND row_no = 2", String.class,
				runId);
	}

}
