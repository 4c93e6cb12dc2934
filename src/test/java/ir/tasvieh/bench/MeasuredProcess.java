package ir.tasvieh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
		Path times = Files.createTempFile("bench-time", ".txt");
		List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%e %M"));
		timed.addAll(command);
		Process process = new ProcessBuilder(timed).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		int exit = process.waitFor();
		// GNU time writes "Command exited with non-zero status N" before its own line.
		List<String> lines = Files.readAllLines(times);
		Files.delete(times);
		String[] fields = lines.get(lines.size() - 1).trim().split(" ");
		return new Measurement(exit, Double.parseDouble(fields[0]), Long.parseLong(fields[1]) / 1024);
	}

	/**
	 * @param exitCode the process's exit code
	 * @param wallSeconds wall-clock time from start to exit
	 * @param peakRssMb the largest resident set the process had
	 */
	record Measurement(int exitCode, double wallSeconds, long peakRssMb) {

	}

}
