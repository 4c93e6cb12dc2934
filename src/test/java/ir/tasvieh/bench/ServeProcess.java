package ir.tasvieh.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * {@code java -Xmx256m -jar target/tasvieh.jar serve} as a user starts it, in a folder of
 * its own (its inbox, uploads and output), with one FINANCE and two MANAGER users and the
 * built-in sandbox: started, waited for until its API answers, its peak resident set read
 * from {@code /proc}, and stopped with SIGTERM.
 */
final class ServeProcess implements AutoCloseable {

	static final String FINANCE = "bench-finance";

	static final String MANAGER = "bench-manager";

	static final String OTHER_MANAGER = "bench-manager-2";

	static final String PASSWORD = "bench-password";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final Path dir;

	private final Path log;

	private final BenchApi api;

	private ServeProcess(Process process, Path dir, BenchApi api) {
		this.process = process;
		this.dir = dir;
		this.log = dir.resolve("serve.log");
		this.api = api;
	}

	/**
	 * Starts a server and waits until its API answers.
	 * @param dir its working folder (created)
	 * @param properties {@code --key=value} arguments besides the users and the port
	 * @param recordSleeps whether to keep a flight recording of the sandbox's sleeps (it
	 * takes memory of its own: not where peak RSS is measured)
	 */
	static ServeProcess start(Path jar, Path dir, Map<String, String> properties, boolean recordSleeps)
			throws Exception {
		Files.createDirectories(dir);
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Bench.java(), "-Xmx256m"));
		if (recordSleeps) {
			command.addAll(SandboxSleeps.jvmOptions(dir));
		}
		command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "serve", "--server.port=" + port,
				"--server.address=127.0.0.1"));
		String[][] users = { { FINANCE, "FINANCE" }, { MANAGER, "MANAGER" }, { OTHER_MANAGER, "MANAGER" } };
		for (int i = 0; i < users.length; i++) {
			command.add("--tasvieh.users[" + i + "].username=" + users[i][0]);
			command.add("--tasvieh.users[" + i + "].password={noop}" + PASSWORD);
			command.add("--tasvieh.users[" + i + "].roles=" + users[i][1]);
		}
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		Path log = dir.resolve("serve.log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		// A bench stopped half-way (Ctrl-C) leaves no server behind.
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
		ServeProcess serve = new ServeProcess(process, dir, new BenchApi("http://127.0.0.1:" + port, PASSWORD));
		serve.awaitStarted();
		return serve;
	}

	private void awaitStarted() throws InterruptedException {
		try {
			await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException(
							"serve exited with " + this.process.exitValue() + "; see " + this.log);
				}
				return this.api.answers(FINANCE);
			});
		}
		catch (ConditionTimeoutException ex) {
			close();
			throw new IllegalStateException("serve did not answer within " + START_TIMEOUT + "; see " + this.log);
		}
	}

	BenchApi api() {
		return this.api;
	}

	/** The largest resident set the server had so far ({@code VmHWM}), in MB. */
	long peakRssMb() throws IOException {
		Path status = Path.of("/proc", Long.toString(this.process.pid()), "status");
		try (Stream<String> lines = Files.lines(status)) {
			return lines.filter((line) -> line.startsWith("VmHWM:"))
				.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
				.findFirst()
				.orElse(0L);
		}
	}

	/** Lines of the server's log so far that contain {@code text}. */
	long logLines(String text) throws IOException {
		try (Stream<String> lines = Files.lines(this.log)) {
			return lines.filter((line) -> line.contains(text)).count();
		}
	}

	Path dir() {
		return this.dir;
	}

	/**
	 * SIGTERM, as a service manager stops it; SIGKILL if it has not ended in a minute.
	 */
	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			this.process.destroyForcibly().waitFor();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
