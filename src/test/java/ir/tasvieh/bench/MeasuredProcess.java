package ir.tasvieh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command as a fresh process under GNU {@code time}, which reports the wall time
 * and the peak resident set size of the process it ran (the JVM, start-up included).
 */
final class MeasuredProcess {

	private MeasuredProcess() {
	}

	/**
	 * @param command the command and its arguments
	 * @param log where the process's output goes
	 * @return what it cost
	 */
	static Measurement run(List<String> command, Path log) throws IOException, InterruptedException {
		return run(command, Map.of(), log);
	}

	/**
	 * @param command the command and its arguments
	 * @param environment variables added to the process's environment
	 * @param log where the process's output goes
	 * @return what it cost
	 */
	static Measurement run(List<String> command, Map<String, String> environment, Path log)
			throws IOException, InterruptedException {
		Path times = Files.createTempFile("bench-time", ".txt");
		List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M %U %S"));
		timed.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().putAll(environment);
		Process process = builder.start();
		int exit = process.waitFor();
		// GNU time writes "Command exited with non-zero status N" before its own line.
		List<String> lines = Files.readAllLines(times);
		Files.delete(times);
		String[] fields = lines.get(lines.size() - 1).trim().split(" ");
		return new Measurement(exit, Double.parseDouble(fields[0]), Long.parseLong(fields[1]) / 1024,
				Double.parseDouble(fields[2]) + Double.parseDouble(fields[3]));
	}

	/**
	 * @param exitCode the process's exit code
	 * @param wallSeconds wall-clock time from start to exit
	 * @param peakRssMb the largest resident set the process had
	 * @param cpuSeconds user and system CPU time of all its threads: on a shared machine
	 * steadier than the wall time
	 */
	record Measurement(int exitCode, double wallSeconds, long peakRssMb, double cpuSeconds) {

	}

}
