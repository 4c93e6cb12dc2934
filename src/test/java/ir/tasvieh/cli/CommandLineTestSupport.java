package ir.tasvieh.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ir.tasvieh.FastSandbox;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the command-line integration tests share: a command executed as the terminal would
 * run it, with what it prints captured (stdout and stderr apart), and the built-in
 * sandbox, whose knobs are reset before and after each test. On {@link FastSandbox}, so
 * they share the payment tests' Spring context.
 */
@FastSandbox
abstract class CommandLineTestSupport {

	private static final Pattern RUN_ID = Pattern.compile("Run (\\d+): ");

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

	/** Runs a command as {@code java -jar tasvieh.jar args…} would; its exit code. */
	int execute(String... args) {
		return CommandLineEntry.commandLine(this.context).execute(args);
	}

	String stdout() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	String stderr() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

	/** Everything printed, as a person at the terminal sees it. */
	String printed() {
		return stdout() + stderr();
	}

	/** The run the last command printed its summary of. */
	long runId() {
		Matcher matcher = RUN_ID.matcher(stdout());
		assertThat(matcher.find()).as(printed()).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** Turns the sandbox's knobs ({@code /sandbox/control}). */
	void control(Map<String, Object> knobs) {
		sandbox().post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	/** What became of each checkout call NextPay's sandbox received for a tracker. */
	List<String> checkouts(String tracker) {
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

	/** How many checkout calls for a tracker the sandbox accepted, that is paid. */
	long accepted(String tracker) {
		return checkouts(tracker).stream().filter("accepted"::equals).count();
	}

	private RestClient sandbox() {
		return RestClient.create("http://127.0.0.1:" + this.port + "/sandbox");
	}

}
