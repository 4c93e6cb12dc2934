package ir.tasvieh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Calls in flight at the sandbox, seen from outside the code: the server runs with a
 * flight recording of nothing but {@code Thread.sleep} calls, and the sandbox holds each
 * answer back by sleeping D on the thread that serves the call. Sleeps of the sandbox's
 * code that overlap are calls in flight at once (a lower bound: the call's work before
 * the sleep is not counted), to the nanosecond and whatever the database.
 */
final class SandboxSleeps {

	static final String FILE = "sandbox-sleeps.jfr";

	private static final String SETTINGS = """
			<?xml version="1.0" encoding="UTF-8"?>
			<configuration version="2.0" label="tasvieh bench: sleeps only">
			  <event name="jdk.ThreadSleep">
			    <setting name="enabled">true</setting>
			    <setting name="stackTrace">true</setting>
			    <setting name="threshold">1 ms</setting>
			  </event>
			</configuration>
			""";

	private static final String SANDBOX = "ir.tasvieh.provider.sandbox.";

	private SandboxSleeps() {
	}

	/** The JVM options that record the sleeps into {@code dir}. */
	static List<String> jvmOptions(Path dir) throws IOException {
		Path settings = dir.resolve("sandbox-sleeps.jfc").toAbsolutePath();
		Files.writeString(settings, SETTINGS);
		return List.of("-XX:StartFlightRecording:dumponexit=true,filename=" + dir.resolve(FILE).toAbsolutePath()
				+ ",settings=" + settings);
	}

	/**
	 * The most sandbox sleeps at once in the recording a stopped server left in
	 * {@code dir}, or -1 when there is none (the server was killed, or the sandbox no
	 * longer sleeps).
	 */
	static int most(Path dir) throws IOException {
		Path file = dir.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return -1;
		}
		// +1 at a sleep's start, -1 at its end; an end sorts before a start at the same
		// instant, as sleeps that only touch were not in flight together.
		List<long[]> edges = new ArrayList<>();
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (event.getEventType().getName().equals("jdk.ThreadSleep") && inSandbox(event)) {
				edges.add(new long[] { nanos(event.getStartTime()), 1 });
				edges.add(new long[] { nanos(event.getEndTime()), -1 });
			}
		}
		if (edges.isEmpty()) {
			return -1;
		}
		edges.sort((a, b) -> (a[0] != b[0]) ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
		int now = 0;
		int most = 0;
		for (long[] edge : edges) {
			now += (int) edge[1];
			most = Math.max(most, now);
		}
		return most;
	}

	private static boolean inSandbox(RecordedEvent event) {
		if (event.getStackTrace() == null) {
			return false;
		}
		for (RecordedFrame frame : event.getStackTrace().getFrames()) {
			if (frame.getMethod() != null && frame.getMethod().getType().getName().startsWith(SANDBOX)) {
				return true;
			}
		}
		return false;
	}

	private static long nanos(java.time.Instant instant) {
		return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
	}

}
