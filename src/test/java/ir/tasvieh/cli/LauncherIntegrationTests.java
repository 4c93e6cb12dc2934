package ir.tasvieh.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/tasvieh}, the launcher the README's commands use, run as a user runs it: a
 * shell script starting the jar {@code mvn package} built (Failsafe runs after it), whose
 * exit code is the command's.
 */
class LauncherIntegrationTests {

	private static final Path LAUNCHER = Path.of("bin", "tasvieh").toAbsolutePath();

	private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

	@TempDir
	Path dir;

	@Test
	void validatesTheValidSampleAndExitsZero() throws Exception {
		Ran ran = run(Map.of(), "validate", SAMPLES.resolve("payouts-valid.xlsx").toString(), "--out", "out",
				database());

		assertThat(ran.exit()).as(ran.output()).isZero();
		assertThat(ran.output()).contains("READY");
		assertThat(this.dir.resolve("out/payouts-valid.result.xlsx")).isRegularFile();
	}

	@Test
	void passesOnTheExitCodeOfASheetWithInvalidRows() throws Exception {
		Ran ran = run(Map.of(), "validate", SAMPLES.resolve("payouts-errors.xlsx").toString(), "--out", "out",
				database());

		assertThat(ran.exit()).as(ran.output()).isEqualTo(ExitCodes.SOME_ROWS_NOT_DONE);
		assertThat(ran.output()).contains("INVALID");
	}

	@Test
	void passesOnTheExitCodeOfBadUsage() throws Exception {
		Ran ran = run(Map.of(), "no-such-command", database());

		assertThat(ran.exit()).as(ran.output()).isEqualTo(ExitCodes.USAGE);
	}

	@Test
	void passesOnTheExitCodeOfARejectedSheet() throws Exception {
		Path notASheet = Files.writeString(this.dir.resolve("broken.xlsx"), "not a workbook");

		Ran ran = run(Map.of(), "validate", notASheet.toString(), "--out", "out", database());

		assertThat(ran.exit()).as(ran.output()).isEqualTo(ExitCodes.SHEET_REJECTED);
	}

	@Test
	void addsTheOptionsOfJavaOptsAfterItsOwnSoTheyWin() throws Exception {
		// The launcher gives a short command -Xss512k; JAVA_OPTS asks for 1 MB stacks.
		Ran ran = run(Map.of("JAVA_OPTS", "-Xss1m -XX:+PrintCommandLineFlags"), "--version");

		assertThat(ran.exit()).as(ran.output()).isZero();
		assertThat(ran.output()).contains("-XX:ThreadStackSize=1024").doesNotContain("-XX:ThreadStackSize=512");
	}

	@Test
	void saysHowToBuildWhenTheJarIsMissing() throws Exception {
		Ran ran = run(Map.of("TASVIEH_JAR", this.dir.resolve("none.jar").toString()), "--version");

		assertThat(ran.exit()).isEqualTo(2);
		assertThat(ran.output()).contains("mvn -B -q package -DskipTests");
	}

	private String database() {
		return "--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("db/tasvieh");
	}

	private Ran run(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
		command.addAll(List.of(arguments));
		Path output = this.dir.resolve("output.txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("bin/tasvieh " + String.join(" ", arguments) + " did not end");
		}
		return new Ran(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

	private record Ran(int exit, String output) {

	}

}
