package ir.tasvieh.cli;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} with bad configuration, started as its own process in an empty folder: it
 * exits 2 with one paragraph that names the key to fix, and no stack trace.
 */
class BadConfigurationIntegrationTests {

	@TempDir
	static Path dir;

	static Stream<Arguments> badConfigurations() throws Exception {
		Path file = Files.writeString(dir.resolve("a-file"), "a file where a folder should be");
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		return Stream.of(
				Arguments.of("an unreachable database",
						List.of("--spring.profiles.active=mysql",
								"--spring.datasource.url=jdbc:mysql://127.0.0.1:" + closedPort + "/tasvieh"),
						"spring.datasource.url", "cannot be reached"),
				Arguments.of("a malformed database URL", List.of("--spring.datasource.url=jdbc:mysq://nowhere/tasvieh"),
						"spring.datasource.url", "is not a JDBC URL"),
				Arguments.of("an unwritable output folder", List.of("--tasvieh.web.out-dir=" + file),
						"tasvieh.web.out-dir", "cannot be written"),
				Arguments.of("an unwritable upload folder", List.of("--tasvieh.upload.dir=" + file),
						"tasvieh.upload.dir", "cannot be written"),
				Arguments.of("an unwritable inbox folder", List.of("--tasvieh.inbox.dir=" + file), "tasvieh.inbox.dir",
						"cannot be written"),
				Arguments.of("NextPay without credentials", List.of("--tasvieh.sandbox.enabled=false"),
						"tasvieh.nextpay.wid", "sandbox is off"),
				Arguments.of("Vandar without credentials",
						List.of("--tasvieh.sandbox.enabled=false", "--tasvieh.provider=vandar"),
						"tasvieh.vandar.access-token", "sandbox is off"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badConfigurations")
	void exitsTwoWithOneParagraphNamingTheKey(String what, List<String> properties, String key, String says)
			throws Exception {
		Path folder = Files.createTempDirectory(dir, "start");
		Path log = folder.resolve("serve.log");
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), "ir.tasvieh.TasviehApplication", "serve",
				"--server.port=0"));
		line.addAll(properties);
		Process serve = new ProcessBuilder(line).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();

		assertThat(serve.waitFor(120, TimeUnit.SECONDS)).as("serve ends").isTrue();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(serve.exitValue()).as(output).isEqualTo(2);
		List<String> paragraph = output.lines().filter((text) -> text.startsWith("tasvieh could not start")).toList();
		assertThat(paragraph).as(output).singleElement().asString().contains(key).contains(says);
		assertThat(output).as("no stack trace").doesNotContain("\tat ", "Caused by", "Exception:");
	}

}
