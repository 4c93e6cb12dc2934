package ir.tasvieh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import ir.tasvieh.sheet.LargeSheetGenerator;

/**
 * The benchmark (issue 9): on the same generated sheets, in one run, measures
 * {@code validate} as a user runs it (a fresh {@code java -Xmx256m -jar} process: read,
 * validate, ledger, result workbook) against the floor (the sheet only read and written
 * back by fastexcel, also a fresh {@code -Xmx256m} process), how rows per second grow
 * with size, and payout throughput on the sandbox against the limit a delay D allows.
 * Prints a table and writes it as CSV under {@code target/bench/}.
 * <p>
 * Then (issue 21) a real {@code serve} is paid and read through its API: see
 * {@link ServeBench}.
 * <p>
 * Usage: {@code mvn -B -Pbench verify [-Dbench.sizes=10000,100000,200000,1000000]
 * [-Dbench.payout-rows=2000 (0 skips payouts)] [-Dbench.delay=50] [-Dbench.chunk-sizes=100,1000,5000]
 * [-Dbench.serve=false] [-Dbench.serve.sizes=1000,10000,50000] [-Dbench.serve.pair-rows=30000]
 * [-Dbench.serve.uploads=8] [-Dbench.serve.upload-rows=50000] [-Dbench.serve.concurrency=8]
 * [-Dbench.serve.max-wait=1800 (s)] [-Dbench.serve.databases=h2,mariadb]}. Numbers from a
 * busy machine are noisy: compare the ratios of one run, not runs of different days.
 */
public final class Bench {

	private static final Path DIR = Path.of("target", "bench");

	private static final Path JAR = Path.of("target", "tasvieh.jar");

	/** The launcher the README's commands use (issue 20): the class data archive, C1. */
	private static final Path LAUNCHER = Path.of("bin", "tasvieh");

	private static final Path SAMPLE = Path.of("samples", "payouts-valid.xlsx");

	/** Tries of the start-up pair; the median of each is kept. */
	private static final int STARTUP_TRIES = 3;

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = integers(System.getProperty("bench.sizes", "10000,100000,200000,1000000"));
		int payoutRows = Integer.getInteger("bench.payout-rows", 2000);
		Duration delay = Duration.ofMillis(Long.getLong("bench.delay", 50L));
		if (!Files.isRegularFile(JAR)) {
			throw new IllegalStateException(JAR + " is missing: build it first (mvn -B -q package -DskipTests)");
		}
		Files.createDirectories(DIR.resolve("sheets"));
		BenchTable table = new BenchTable(Runtime.getRuntime().availableProcessors(), totalMemoryMb(), LocalDate.now());
		measureStartup(table);
		for (int size : sizes) {
			measureValidate(table, size);
		}
		for (String chunk : System.getProperty("bench.chunk-sizes", "").split(",")) {
			if (!chunk.isBlank()) {
				measureChunkSize(table, Integer.parseInt(chunk.trim()));
			}
		}
		if (payoutRows > 0) {
			measurePayouts(table, payoutRows, delay);
		}
		if (Boolean.parseBoolean(System.getProperty("bench.serve", "true"))) {
			ServeBench.fromSystemProperties(delay).measure(table, JAR, DIR.resolve("serve"));
		}
		table.print(System.out);
		Path csv = table.writeCsv(DIR);
		System.out.println("written to " + csv);
	}

	private static void measureValidate(BenchTable table, int size) throws Exception {
		Path sheet = sheet(size);
		Path out = Files.createDirectories(DIR.resolve("out-" + size));
		String database = DIR.resolve("db")
			.toAbsolutePath()
			.resolve("validate-" + size + "-" + System.nanoTime())
			.toString();
		System.out.printf("validate %,d rows ...%n", size);
		MeasuredProcess.Measurement validate = MeasuredProcess.run(
				List.of(LAUNCHER.toString(), "validate", sheet.toString(), "--out", out.toString(),
						"--spring.datasource.url=jdbc:h2:file:" + database),
				launcherEnvironment(), DIR.resolve("validate-" + size + ".log"));
		System.out.printf("floor %,d rows ...%n", size);
		MeasuredProcess.Measurement floor = floor(sheet, DIR.resolve("floor-" + size + ".xlsx"),
				DIR.resolve("floor-" + size + ".log"));
		table.validate(size, validate, floor);
		table.resultRows(size, dataRows(out.resolve("bench-" + size + ".result.xlsx")));
	}

	/**
	 * Start-up (issue 20): what every command-line use pays, the 10-row sample validated
	 * by {@code java -jar} and by {@code bin/tasvieh} (each into a new database), against
	 * the floor copying it, taking turns so each meets the same load.
	 */
	private static void measureStartup(BenchTable table) throws Exception {
		Path out = Files.createDirectories(DIR.resolve("out-startup"));
		List<MeasuredProcess.Measurement> jars = new ArrayList<>();
		List<MeasuredProcess.Measurement> launchers = new ArrayList<>();
		List<MeasuredProcess.Measurement> floors = new ArrayList<>();
		System.out.printf("start-up: validate %s, %d tries ...%n", SAMPLE, STARTUP_TRIES);
		for (int i = 0; i < STARTUP_TRIES; i++) {
			jars.add(MeasuredProcess.run(List.of(java(), "-Xmx256m", "-jar", JAR.toString(), "validate",
					SAMPLE.toString(), "--out", out.toString(), database("startup-jar")),
					DIR.resolve("startup-jar.log")));
			launchers
				.add(MeasuredProcess.run(
						List.of(LAUNCHER.toString(), "validate", SAMPLE.toString(), "--out", out.toString(),
								database("startup-launcher")),
						launcherEnvironment(), DIR.resolve("startup-launcher.log")));
			floors.add(floor(SAMPLE, DIR.resolve("floor-startup.xlsx"), DIR.resolve("floor-startup.log")));
		}
		MeasuredProcess.Measurement floor = median(floors);
		table.startupFloor(10, floor);
		table.startup(10, "java -Xmx256m -jar", median(jars), floor);
		table.startup(10, "bin/tasvieh, JAVA_OPTS=-Xmx256m", median(launchers), floor);
	}

	static MeasuredProcess.Measurement floor(Path sheet, Path copy, Path log) throws Exception {
		return MeasuredProcess.run(List.of(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				FloorCopy.class.getName(), sheet.toString(), copy.toString()), log);
	}

	/** The try with the median wall time. */
	private static MeasuredProcess.Measurement median(List<MeasuredProcess.Measurement> tries) {
		List<MeasuredProcess.Measurement> sorted = new ArrayList<>(tries);
		sorted.sort(java.util.Comparator.comparingDouble(MeasuredProcess.Measurement::wallSeconds));
		return sorted.get(sorted.size() / 2);
	}

	private static String database(String name) {
		return "--spring.datasource.url=jdbc:h2:file:"
				+ DIR.resolve("db").toAbsolutePath().resolve(name + "-" + System.nanoTime());
	}

	/** The heap the floor gets, and the Java this benchmark runs on. */
	private static Map<String, String> launcherEnvironment() {
		return Map.of("JAVA_OPTS", "-Xmx256m", "JAVA_HOME", System.getProperty("java.home"));
	}

	/**
	 * {@code validate} of the 100k sheet with another chunk size (rows per ledger
	 * transaction), to choose the default by measurement.
	 */
	private static void measureChunkSize(BenchTable table, int chunkSize) throws Exception {
		int size = 100_000;
		Path sheet = sheet(size);
		Path out = Files.createDirectories(DIR.resolve("out-chunk-" + chunkSize));
		String database = DIR.resolve("db")
			.toAbsolutePath()
			.resolve("chunk-" + chunkSize + "-" + System.nanoTime())
			.toString();
		System.out.printf("validate %,d rows in chunks of %,d ...%n", size, chunkSize);
		MeasuredProcess.Measurement validate = MeasuredProcess.run(
				List.of(java(), "-Xmx256m", "-jar", JAR.toString(), "validate", sheet.toString(), "--out",
						out.toString(), "--spring.datasource.url=jdbc:h2:file:" + database,
						"--tasvieh.validation.chunk-size=" + chunkSize),
				DIR.resolve("validate-chunk-" + chunkSize + ".log"));
		table.chunkSize(size, chunkSize, validate);
	}

	/** The rows below the header in the result workbook's first sheet (not timed). */
	private static long dataRows(Path result) throws IOException {
		if (!Files.isRegularFile(result)) {
			return 0;
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(result.toFile());
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			return rows.count() - 1;
		}
	}

	private static void measurePayouts(BenchTable table, int rows, Duration delay) throws Exception {
		Path out = Files.createDirectories(DIR.resolve("out-payouts"));
		List<Object[]> setups = new ArrayList<>();
		setups.add(new Object[] { "nextpay", 4 });
		setups.add(new Object[] { "nextpay", 16 });
		setups.add(new Object[] { "vandar", 100 });
		long seed = System.currentTimeMillis();
		for (Object[] setup : setups) {
			String provider = (String) setup[0];
			int parallel = (Integer) setup[1];
			// Sheets of their own, so no tracker of one measurement meets another.
			Path sheet = DIR.resolve("sheets").resolve("payouts-" + provider + "-" + parallel + ".xlsx");
			LargeSheetGenerator.write(sheet, rows, seed++);
			System.out.printf("payouts %s x%d, %d ms answers ...%n", provider, parallel, delay.toMillis());
			PayoutThroughput.Throughput throughput = PayoutThroughput.measure(sheet, out, provider, parallel, delay);
			table.payouts(provider, parallel, delay, throughput);
		}
	}

	private static Path sheet(int size) throws IOException {
		Path sheet = DIR.resolve("sheets").resolve("bench-" + size + ".xlsx");
		if (!Files.isRegularFile(sheet)) {
			System.out.printf("generating %,d rows ...%n", size);
			LargeSheetGenerator.write(sheet, size, size);
		}
		return sheet;
	}

	/** A comma-separated list of numbers; empty (or 0) for none. */
	static List<Integer> integers(String list) {
		return Arrays.stream(list.split(","))
			.map(String::trim)
			.filter((number) -> !number.isEmpty())
			.map(Integer::valueOf)
			.filter((number) -> number > 0)
			.toList();
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static long totalMemoryMb() throws IOException {
		return Files.readAllLines(Path.of("/proc/meminfo"))
			.stream()
			.filter((line) -> line.startsWith("MemTotal:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
			.findFirst()
			.orElse(0L);
	}

}
