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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code resolve RUN_ID} on the command line (docs/SPEC.md section 6.1): a row whose call
 * was lost before NextPay's sandbox took it, and whose inquiries stay unclear, is decided
 * NOT_RECEIVED at once, sent again under its own tracker and paid exactly once; a row not
 * in doubt is refused. The same context as {@link RetryCommandIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tasvieh.sandbox.nextpay.queue-time=200ms",
		"tasvieh.sandbox.nextpay.settle-time=600ms", "tasvieh.tracking.poll-interval=200ms" })
class ResolveCommandIntegrationTests {

	private static final Pattern RUN_ID = Pattern.compile("Run (\\d+): ");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private PrintStream systemOut;

	private PrintStream systemErr;

	@BeforeEach
	void captureTheTerminal() {
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

	private int execute(String... args) {
		return CommandLineEntry.commandLine(this.context).execute(args);
	}

	private long runId() {
		Matcher matcher = RUN_ID.matcher(stdout());
		assertThat(matcher.find()).as(stdout() + stderr()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String status(long runId) {
		return this.jdbc.queryForObject("SELECT status FROM payout WHERE run_id = ? AND row_no = 2", String.class,
				runId);
	}

	private List<String> checkouts(String tracker) {
		return sandbox().get()
			.uri("/nextpay/_requests?tracker={tracker}", tracker)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.stream()
			.filter((request) -> String.valueOf(request.get("operation")).startsWith("checkout"))
			.map((request) -> String.valueOf(request.get("outcome")))
			.toList();
	}

	private void control(Map<String, Object> knobs) {
		sandbox().post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	private RestClient sandbox() {
		return RestClient.create("http://127.0.0.1:" + this.port + "/sandbox");
	}

	private String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
