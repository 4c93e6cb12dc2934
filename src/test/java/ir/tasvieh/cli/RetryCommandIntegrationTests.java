package ir.tasvieh.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ir.tasvieh.TestSheets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retry RUN_ID} on the command line against NextPay's built-in sandbox: it sends
 * only the FAILED rows again and exits as {@code run} does, and exits 2 with a clear
 * message when there is nothing to retry.
 */
// The same properties as ir.tasvieh.job.SandboxPaymentTestSupport, so that the command
// tests share the payment tests' Spring context.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=600ms",
				"tasvieh.tracking.poll-interval=200ms", "tasvieh.vandar.batch-size=3",
				"tasvieh.approval.follow-for=PT30S" })
class RetryCommandIntegrationTests {

	private static final Pattern RUN_ID = Pattern.compile("Run (\\d+): ");

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private RestClient sandbox;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream systemOut;

	private PrintStream systemErr;

	@BeforeEach
	void captureTheTerminal() {
		this.sandbox = RestClient.create("http://127.0.0.1:" + this.port + "/sandbox");
		control(Map.of("reset", true));
		this.systemOut = System.out;
		this.systemErr = System.err;
		System.setOut(new PrintStream(this.out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreTheTerminal() {
		System.setOut(this.systemOut);
		System.setErr(this.systemErr);
		control(Map.of("reset", true));
	}

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

	private int execute(String... args) {
		return CommandLineEntry.commandLine(this.context).execute(args);
	}

	private long runId() {
		Matcher matcher = RUN_ID.matcher(stdout());
		assertThat(matcher.find()).as(stdout()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private long accepted(String tracker) {
		List<Map<String, Object>> log = this.sandbox.get()
			.uri("/nextpay/_requests?tracker={tracker}", tracker)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			});
		return log.stream()
			.filter((request) -> String.valueOf(request.get("operation")).startsWith("checkout"))
			.filter((request) -> "accepted".equals(request.get("outcome")))
			.count();
	}

	private void control(Map<String, Object> knobs) {
		this.sandbox.post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	private Path sheet(String tag) throws Exception {
		return TestSheets.xlsx(this.dir.resolve(tag + ".xlsx"), new String[] { "name", "sheba", "amount", "tracker" },
				new String[] { "Ali", "IR820540102680020817909002", "1500000", tag + "-f" },
				new String[] { "Sara", "IR550570022080013447370101", "2500000", tag + "-ok" });
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
