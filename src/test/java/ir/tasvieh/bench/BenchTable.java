package ir.tasvieh.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's numbers: printed as a table and written as CSV. Every line says what
 * was measured, the value and, where there is one, the target it is held against.
 */
final class BenchTable {

	/**
	 * Connector/J takes MariaDB 10.x (which says "5.5.5-10.x" when it greets) for a
	 * server without fractional seconds and drops the milliseconds of every time it
	 * writes.
	 */
	private static final String WHOLE_SECONDS = "n/a: the database kept whole seconds";

	private final int cores;

	private final long memoryMb;

	private final LocalDate date;

	private final List<String[]> lines = new ArrayList<>();

	private Double rowsPerSecond100k;

	BenchTable(int cores, long memoryMb, LocalDate date) {
		this.cores = cores;
		this.memoryMb = memoryMb;
		this.date = date;
	}

	void validate(int size, MeasuredProcess.Measurement validate, MeasuredProcess.Measurement floor) {
		double rate = size / validate.wallSeconds();
		double ratio = validate.wallSeconds() / floor.wallSeconds();
		add("validate", size, "wall s", validate.wallSeconds(), "exit " + validate.exitCode());
		add("validate", size, "rows/s", rate, "");
		add("validate", size, "peak RSS MB (-Xmx256m)", validate.peakRssMb(), "");
		add("validate", size, "CPU s", validate.cpuSeconds(), "");
		add("floor (fastexcel copy)", size, "wall s", floor.wallSeconds(), "exit " + floor.exitCode());
		add("floor (fastexcel copy)", size, "peak RSS MB (-Xmx256m)", floor.peakRssMb(), "");
		add("floor (fastexcel copy)", size, "CPU s", floor.cpuSeconds(), "");
		add("validate / floor", size, "ratio", ratio, (size >= 200_000) ? "target <= 3" : "");
		add("validate / floor", size, "CPU ratio", validate.cpuSeconds() / floor.cpuSeconds(), "");
		add("validate / floor", size, "peak RSS ratio", (double) validate.peakRssMb() / floor.peakRssMb(),
				(size == 1_000_000) ? "target <= 1.3" : "");
		if (size == 100_000) {
			this.rowsPerSecond100k = rate;
		}
		if (size == 1_000_000 && this.rowsPerSecond100k != null) {
			add("rows/s at 1M vs 100k", size, "ratio", rate / this.rowsPerSecond100k, "target >= 0.8");
		}
	}

	/**
	 * Start-up (issue 20): the sample sheet validated through {@code java -jar} and
	 * through {@code bin/tasvieh}, against the floor copying it; the medians of a few
	 * tries side by side.
	 */
	void startup(int rows, String how, MeasuredProcess.Measurement validate, MeasuredProcess.Measurement floor) {
		String what = "start-up: validate (" + how + ")";
		add(what, rows, "wall s", validate.wallSeconds(), "exit " + validate.exitCode());
		add(what, rows, "CPU s", validate.cpuSeconds(), "");
		add(what, rows, "peak RSS MB (-Xmx256m)", validate.peakRssMb(), "");
		add(what + " / floor", rows, "ratio", validate.wallSeconds() / floor.wallSeconds(), "target <= 6");
		add(what + " / floor", rows, "CPU ratio", validate.cpuSeconds() / floor.cpuSeconds(), "");
	}

	void startupFloor(int rows, MeasuredProcess.Measurement floor) {
		add("start-up: floor (fastexcel copy)", rows, "wall s", floor.wallSeconds(), "exit " + floor.exitCode());
		add("start-up: floor (fastexcel copy)", rows, "CPU s", floor.cpuSeconds(), "");
	}

	void payouts(String provider, int parallel, Duration delay, PayoutThroughput.Throughput throughput) {
		double limit = parallel * 1000.0 / delay.toMillis();
		String setup = provider + ((provider.equals("vandar")) ? " batch " : " concurrency ") + parallel + ", D="
				+ delay.toMillis() + "ms";
		add("payouts " + setup, throughput.payouts(), "payouts/s", throughput.perSecond(),
				String.format(Locale.ROOT, "limit %.0f/s", limit));
		add("payouts " + setup, throughput.payouts(), "share of limit", throughput.perSecond() / limit,
				"target >= 0.8");
	}

	void chunkSize(int size, int chunkSize, MeasuredProcess.Measurement validate) {
		add("validate, chunks of " + chunkSize + " rows", size, "wall s", validate.wallSeconds(),
				"exit " + validate.exitCode());
	}

	void resultRows(int size, long rows) {
		add("validate: rows in the result workbook", size, "rows", rows, "target " + size);
	}

	/** A line with no figure: something left out, and why. */
	void note(String what, String note) {
		this.lines.add(new String[] { what, "", "", "", note });
	}

	/**
	 * One run alone on a {@code serve}: its pace, and its claims near the start and end.
	 */
	void servedRun(String database, int rows, RunPace pace, ServeBench options, String stopped) {
		String what = "serve " + database + ": one run, " + setup(options);
		add(what, rows, "payouts claimed", pace.payouts(), stopped.isEmpty() ? "target " + rows : stopped);
		// Kept in whole seconds, a claim's time is known to a second and gaps between
		// groups not at all.
		boolean seconds = pace.wholeSeconds();
		String coarse = seconds ? "+-1 s: the database kept whole seconds" : "";
		add(what, rows, "payouts/s (approval to last)", pace.perSecond(),
				limit(options) + (seconds ? ", " : "") + coarse);
		add(what, rows, "share of C/D", pace.perSecond() / options.limit(), "target >= 0.8");
		add(what, rows, "s from approval to first", pace.secondsToFirst(), coarse);
		add(what, rows, "ms per group, first 10%", seconds ? Double.NaN : pace.firstTenthMsPerGroup(),
				seconds ? WHOLE_SECONDS : "claim to next claim");
		add(what, rows, "ms per group, last 10%", seconds ? Double.NaN : pace.lastTenthMsPerGroup(),
				seconds ? WHOLE_SECONDS : "claim to next claim");
		add(what, rows, "payouts/s, first 10%", pace.firstTenthPerSecond(), coarse);
		add(what, rows, "payouts/s, last 10%", pace.lastTenthPerSecond(), coarse);
		add(what, rows, "last 10% / first 10%", pace.lastTenthPerSecond() / pace.firstTenthPerSecond(),
				"target >= 0.8 (a claim costs the same at the end)");
	}

	/**
	 * Two runs approved together: in total, and each while both pay (from the approval
	 * until the first of them has claimed its last payout).
	 */
	void servedPair(String database, int rows, RunPace a, RunPace b, ServeBench options, String stopped) {
		String what = "serve " + database + ": two runs, " + setup(options);
		// A run that claimed nothing never finished: the other's end closes the window.
		long bothEnd = Math.min((a.payouts() > 0) ? a.lastClaim() : Long.MAX_VALUE,
				(b.payouts() > 0) ? b.lastClaim() : Long.MAX_VALUE);
		bothEnd = (bothEnd == Long.MAX_VALUE) ? a.approvedAt() : bothEnd;
		long millis = bothEnd - a.approvedAt();
		double rateA = RunPace.perSecond(a.claimedBy(bothEnd), millis);
		double rateB = RunPace.perSecond(b.claimedBy(bothEnd), millis);
		double total = RunPace.perSecond(a.payouts() + b.payouts(),
				Math.max(a.lastClaim(), b.lastClaim()) - a.approvedAt());
		add(what, 2L * rows, "payouts claimed", a.payouts() + b.payouts(),
				stopped.isEmpty() ? "target " + 2 * rows : stopped);
		add(what, 2L * rows, "payouts/s in total", total, limit(options)
				+ ((a.wholeSeconds() || b.wholeSeconds()) ? ", +-1 s: the database kept whole seconds" : ""));
		add(what, 2L * rows, "share of C/D in total", total / options.limit(), "target >= 0.8");
		add(what, 2L * rows, "payouts/s while both pay", rateA + rateB,
				String.format(Locale.ROOT, "over %.1f s", millis / 1000.0));
		add(what, 2L * rows, "share of C/D while both", (rateA + rateB) / options.limit(), "target >= 0.8");
		pairRun(what, rows, "A", rateA, rateA + rateB, a.secondsToFirst());
		pairRun(what, rows, "B", rateB, rateA + rateB, b.secondsToFirst());
	}

	private void pairRun(String what, int rows, String run, double rate, double total, double secondsToFirst) {
		add(what, rows, "run " + run + " payouts/s while both", rate, "");
		add(what, rows, "run " + run + " share vs equal", rate / (total / 2), "target 0.8..1.2 (within 20% of equal)");
		add(what, rows, "run " + run + " s to first payout", secondsToFirst, "");
	}

	/** The API read by a client thread while the two runs paid. */
	void apiLatency(String database, int rows, ApiLatency latency, String stopped) {
		latency(database + ": GET /api/runs", rows, latency.runs(), stopped);
		latency(database + ": GET /api/runs/{id}/rows (50)", rows, latency.rows(), stopped);
	}

	private void latency(String request, int rows, ApiLatency.Kind times, String stopped) {
		String what = "serve " + request;
		add(what, 2L * rows, "requests while paying", times.count(), stopped);
		add(what, 2L * rows, "p50 ms", times.percentile(50), "");
		add(what, 2L * rows, "p95 ms", times.percentile(95), "target <= 500");
		add(what, 2L * rows, "max ms", times.percentile(100), "");
		add(what, 2L * rows, "errors", times.errors(), "target 0");
	}

	/** Sheets uploaded at once to a {@code -Xmx256m} server. */
	/**
	 * Issue 20's warm path: one upload through the API of a running, warmed-up
	 * {@code serve} until the run is {@code VALIDATED}, its workbook written.
	 */
	void warmUpload(String database, int rows, boolean validated, double seconds, MeasuredProcess.Measurement floor) {
		String what = "serve " + database + ": warm upload to VALIDATED";
		add(what, rows, "wall s", seconds, validated ? "" : "not VALIDATED");
		add(what + " / floor", rows, "ratio", seconds / floor.wallSeconds(), "target <= 3");
	}

	void servedUploads(String database, int uploads, int rows, long failed, double seconds, long peakRssMb,
			long outOfMemoryLines) {
		String what = "serve " + database + ": " + uploads + " uploads at once";
		add(what, rows, "uploads not VALIDATED", failed, "target 0");
		add(what, rows, "wall s until all ended", seconds, "");
		add(what, rows, "peak RSS MB (-Xmx256m)", peakRssMb, "");
		add(what, rows, "OutOfMemoryError in log", outOfMemoryLines, "target 0");
	}

	/**
	 * The most checkout calls the sandbox had in flight at once: from its answer delays
	 * (sleeps) that overlapped, from its request log (calls received within any span of
	 * D), and by its own count when it keeps one.
	 */
	void inFlight(String database, String scenario, long rows, List<Long> received, int mostSleeping,
			ServeBench options, Object sandboxCount) {
		String what = "serve " + database + ": " + scenario + ", " + setup(options);
		add(what, rows, "most calls in flight, sleeps", (mostSleeping >= 0) ? mostSleeping : Double.NaN,
				(mostSleeping >= 0) ? "target <= " + options.concurrency() + " (sandbox's sleeps, flight recording)"
						: "n/a: no sandbox sleeps recorded");
		if (RunPace.wholeSeconds(received)) {
			add(what, rows, "most calls in flight, log", Double.NaN, WHOLE_SECONDS);
		}
		else {
			add(what, rows, "most calls in flight, log", LedgerTimes.mostInFlight(received, options.delay().toMillis()),
					"target <= " + options.concurrency() + " (the sandbox's log of " + received.size() + " calls)");
		}
		if (sandboxCount != null) {
			this.lines.add(new String[] { what, Long.toString(rows), "sandbox's own count", "",
					sandboxCount + ", target <= " + options.concurrency() });
		}
	}

	private static String setup(ServeBench options) {
		return "C=" + options.concurrency() + ", D=" + options.delay().toMillis() + "ms";
	}

	private static String limit(ServeBench options) {
		return String.format(Locale.ROOT, "limit %.0f/s", options.limit());
	}

	private void add(String what, long rows, String unit, double value, String note) {
		this.lines.add(new String[] { what, Long.toString(rows), unit, format(value), note });
	}

	private static String format(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return "n/a";
		}
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	void print(PrintStream out) {
		out.printf("%ntasvieh benchmark, %s, %d cores, %,d MB memory%n", this.date, this.cores, this.memoryMb);
		out.printf("%-46s %10s  %-30s %10s  %s%n", "measured", "rows", "unit", "value", "note");
		for (String[] line : this.lines) {
			out.printf("%-46s %10s  %-30s %10s  %s%n", (Object[]) line);
		}
	}

	Path writeCsv(Path dir) throws IOException {
		List<String> csv = new ArrayList<>();
		csv.add("date,cores,memory_mb,measured,rows,unit,value,note");
		for (String[] line : this.lines) {
			// A note may quote a run's message: quotes inside a field are doubled.
			csv.add(this.date + "," + this.cores + "," + this.memoryMb + ",\"" + line[0] + "\"," + line[1] + ",\""
					+ line[2] + "\"," + line[3] + ",\"" + line[4].replace("\"", "\"\"") + "\"");
		}
		Path file = dir.resolve("bench-" + this.date + ".csv");
		Files.write(file, csv);
		return file;
	}

}
