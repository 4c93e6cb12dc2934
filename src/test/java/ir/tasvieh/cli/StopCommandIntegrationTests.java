package ir.tasvieh.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code stop RUN_ID --reason TEXT} on the command line, while the run is being paid on a
 * slow sandbox in the background: it exits 0 with the run STOPPED and says who stopped it
 * and why; a run that is not being paid, or no run, exits 2.
 */
class StopCommandIntegrationTests extends CommandLineTestSupport {

	@Autowired
	Runs runs;

	@BeforeEach
	void slowSandbox() {
		control(Map.of("delay", "1s"));
	}

	@Test
	void stopsARunBeingPaidAndSaysWhoStoppedItAndWhy() throws Exception {
		long runId = beingPaid();

		int exit = execute("stop", Long.toString(runId), "--reason", "wrong month");

		String printed = printed();
		assertThat(exit).as(printed).isZero();
		String user = System.getProperty("user.name");
		assertThat(printed).contains("Run " + runId, "is STOPPED: Stopped by " + user + ": wrong month",
				"rows CANCELED");
		assertThat(this.runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.STOPPED);
		// Rows claimed but still waiting for a call slot are cancelled as their turn
		// comes.
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			RunView run = this.runs.find(runId).orElseThrow();
			assertThat(run.finalCount()).isEqualTo(run.rowCount());
			assertThat(run.count(PayoutStatus.CANCELED)).isPositive();
			assertThat(run.status()).isEqualTo(RunStatus.STOPPED);
		});
	}

	@Test
	void exitsTwoForARunNotBeingPaidAndForNoRun() throws Exception {
		long runId = beingPaid();
		assertThat(execute("stop", Long.toString(runId))).isZero();

		assertThat(execute("stop", Long.toString(runId), "--reason", "twice")).isEqualTo(2);
		assertThat(printed()).contains("cannot be stopped");
		assertThat(execute("stop", "987654321")).isEqualTo(2);
		assertThat(execute("stop")).isEqualTo(2);
	}

	/**
	 * A run of twelve rows approved and being paid on a sandbox that answers in a second.
	 */
	private long beingPaid() throws Exception {
		long n = System.nanoTime();
		StringBuilder csv = new StringBuilder("name,sheba,amount\n");
		String[] shebas = { "IR820540102680020817909002", "IR550570022080013447370101", "IR790610000000700796858044" };
		for (int i = 0; i < 12; i++) {
			csv.append("Payee ").append(i).append(',').append(shebas[i % 3]).append(',');
			csv.append(2_000_000L + 1000L * i + n % 997).append('\n');
		}
		Path sheet = Files.writeString(this.dir.resolve("stop-" + n + ".csv"), csv.toString());
		RunResult validated = this.runs.submit(new RunRequest(sheet, sheet.getFileName().toString(), null, false, false,
				this.dir.resolve("out"), "fatemeh", null), new Actor("fatemeh", "cli"));
		assertThat(validated.status()).isEqualTo(RunStatus.VALIDATED);
		this.runs.approve(validated.runId(), new Actor("mehdi", "cli"));
		return validated.runId();
	}

}
