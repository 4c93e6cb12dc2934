package ir.tasvieh.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

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
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tasvieh.sandbox.nextpay.queue-time=200ms",
		"tasvieh.sandbox.nextpay.settle-time=600ms", "tasvieh.tracking.poll-interval=200ms" })
class StopCommandIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Runs runs;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private RestClient sandbox;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private PrintStream systemOut;

	private PrintStream systemErr;

	@BeforeEach
	void captureTheTerminal() {
		this.sandbox = RestClient.create("http://127.0.0.1:" + this.port + "/sandbox");
		control(Map.of("reset", true, "delay", "1s"));
		this.systemOut = System.out;
		this.systemErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.out, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreTheTerminal() {
		System.setOut(this.systemOut);
		System.setErr(this.systemErr);
		control(Map.of("reset", true));
	}

	@Test
	void stopsARunBeingPaidAndSaysWhoStoppedItAndWhy() throws Exception {
		long runId = beingPaid();

		int exit = execute("stop", Long.toString(runId), "--reason", "wrong month");

		String printed = this.out.toString(StandardCharsets.UTF_8);
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
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("cannot be stopped");
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

	private int execute(String... args) {
		return CommandLineEntry.commandLine(this.context).execute(args);
	}

	private void control(Map<String, Object> knobs) {
		this.sandbox.post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

}
