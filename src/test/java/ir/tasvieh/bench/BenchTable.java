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
		add("floor (fastexcel copy)", size, "wall s", floor.wallSeconds(), "exit " + floor.exitCode());
		add("floor (fastexcel copy)", size, "peak RSS MB (-Xmx256m)", floor.peakRssMb(), "");
		add("validate / floor", size, "ratio", ratio, (size >= 200_000) ? "target <= 3" : "");
		if (size == 100_000) {
			this.rowsPerSecond100k = rate;
		}
		if (size == 1_000_000 && this.rowsPerSecond100k != null) {
			add("rows/s at 1M vs 100k", size, "ratio", rate / this.rowsPerSecond100k, "target >= 0.8");
		}
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

	private void add(String what, long rows, String unit, double value, String note) {
		this.lines.add(new String[] { what, Long.toString(rows), unit, format(value), note });
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.format(Locale.ROOT, "%.0f", value)
				: String.format(Locale.ROOT, "%.2f", value);
	}

	void print(PrintStream out) {
		out.printf("%ntasvieh benchmark, %s, %d cores, %,d MB memory%n", this.date, this.cores, this.memoryMb);
		out.printf("%-46s %10s  %-24s %10s  %s%n", "measured", "rows", "unit", "value", "note");
		for (String[] line : this.lines) {
			out.printf("%-46s %10s  %-24s %10s  %s%n", (Object[]) line);
		}
	}

	Path writeCsv(Path dir) throws IOException {
		List<String> csv = new ArrayList<>();
		csv.add("date,cores,memory_mb,measured,rows,unit,value,note");
		for (String[] line : this.lines) {
			csv.add(this.date + "," + this.cores + "," + this.memoryMb + ",\"" + line[0] + "\"," + line[1] + ",\""
					+ line[2] + "\"," + line[3] + ",\"" + line[4] + "\"");
		}
		Path file = dir.resolve("bench-" + this.date + ".csv");
		Files.write(file, csv);
		return file;
	}

}
