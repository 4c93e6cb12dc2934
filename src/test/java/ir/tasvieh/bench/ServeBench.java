package ir.tasvieh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ir.tasvieh.sheet.LargeSheetGenerator;

/**
 * Issue 21's measurements on a real {@code serve} process ({@code -Xmx256m}, the built-in
 * sandbox answering NextPay's calls after D, C calls at once), through its API: one run
 * of each size, two runs paid side by side while a client reads pages, and many uploads
 * at once; on H2 and on MariaDB. Each scenario gets a server and a database of its own.
 *
 * @param sizes the rows of the single runs (none: skipped)
 * @param pairRows the rows of each of the two runs paid side by side (0: skipped)
 * @param uploads how many sheets are uploaded at once (0: skipped)
 * @param uploadRows the rows of each of them
 * @param warmRows the rows of the upload to a warm server (issue 20; 0: skipped)
 * @param concurrency C, {@code tasvieh.nextpay.concurrency}
 * @param delay D, how long the sandbox holds back every checkout answer
 * @param maxWait the longest the bench waits for one scenario's runs
 * @param databases {@code h2}, {@code mariadb} or both
 */
record ServeBench(List<Integer> sizes, int pairRows, int uploads, int uploadRows, int warmRows, int concurrency,
		Duration delay, Duration maxWait, List<String> databases) {

	/** Reads {@code -Dbench.serve.*}; the defaults are issue 21's. */
	static ServeBench fromSystemProperties(Duration delay) {
		return new ServeBench(Bench.integers(System.getProperty("bench.serve.sizes", "1000,10000,50000")),
				Integer.getInteger("bench.serve.pair-rows", 30_000), Integer.getInteger("bench.serve.uploads", 8),
				Integer.getInteger("bench.serve.upload-rows", 50_000),
				Integer.getInteger("bench.serve.warm-rows", 100_000), Integer.getInteger("bench.serve.concurrency", 8),
				delay, Duration.ofSeconds(Long.getLong("bench.serve.max-wait", 1800)),
				Arrays.stream(System.getProperty("bench.serve.databases", "h2,mariadb").split(","))
					.map(String::trim)
					.filter((name) -> !name.isEmpty())
					.toList());
	}

	/** Runs every scenario chosen on every database chosen. */
	void measure(BenchTable table, Path jar, Path dir) throws Exception {
		Files.createDirectories(dir.resolve("sheets"));
		if (this.databases.contains("h2")) {
			measure(table, jar, dir, "h2", null);
		}
		if (!this.databases.contains("mariadb")) {
			return;
		}
		BenchDatabase.MariaDbServer server = BenchDatabase.MariaDbServer.fromEnvironment();
		if (server != null) {
			measure(table, jar, dir, "mariadb", server);
		}
		else if (ThrowawayMariaDb.installed()) {
			System.out.println("starting a throwaway MariaDB ...");
			ThrowawayMariaDb mariaDb;
			try {
				mariaDb = ThrowawayMariaDb.start();
			}
			catch (Exception ex) {
				table.note("serve MariaDB", "skipped: a throwaway MariaDB did not start: " + ex.getMessage());
				return;
			}
			try (mariaDb) {
				measure(table, jar, dir, "mariadb", mariaDb.connection());
			}
		}
		else {
			System.out.println("no MariaDB: set TASVIEH_TEST_MYSQL_URL, _USER and _PASSWORD, or install mariadb-server;"
					+ " the MariaDB measurements are left out");
			table.note("serve MariaDB", "skipped: no MariaDB server (TASVIEH_TEST_MYSQL_URL) and no mariadbd");
		}
	}

	private void measure(BenchTable table, Path jar, Path dir, String name, BenchDatabase.MariaDbServer mariaDb)
			throws Exception {
		ServeScenarios scenarios = new ServeScenarios(this, table, jar, dir.resolve(name), (scenario) -> {
			Path scenarioDir = dir.resolve(name).resolve(scenario);
			return (mariaDb != null) ? BenchDatabase.mariaDb(mariaDb, "bench_" + scenario.replace('-', '_'))
					: BenchDatabase.h2(scenarioDir);
		});
		if (this.warmRows > 0) {
			Path warmUp = sheet(dir, "warm-up-1000", 1000, 2120);
			Path sheet = sheet(dir, "warm-" + this.warmRows, this.warmRows, 2121);
			attempt(table, name + ": a warm upload of " + this.warmRows,
					() -> scenarios.warmUpload(this.warmRows, warmUp, sheet));
		}
		for (int size : this.sizes) {
			Path sheet = sheet(dir, "run-" + size, size, 2100 + size);
			attempt(table, name + ": one run of " + size, () -> scenarios.oneRun(size, sheet));
		}
		if (this.pairRows > 0) {
			Path a = sheet(dir, "pair-a-" + this.pairRows, this.pairRows, 2101);
			Path b = sheet(dir, "pair-b-" + this.pairRows, this.pairRows, 2102);
			attempt(table, name + ": two runs of " + this.pairRows, () -> scenarios.twoRuns(this.pairRows, a, b));
		}
		if (this.uploads > 0) {
			Path[] sheets = new Path[this.uploads];
			for (int i = 0; i < this.uploads; i++) {
				sheets[i] = sheet(dir, "upload-" + (i + 1) + "-" + this.uploadRows, this.uploadRows, 2110 + i);
			}
			attempt(table, name + ": " + this.uploads + " uploads",
					() -> scenarios.uploadsAtOnce(this.uploadRows, List.of(sheets)));
		}
	}

	/** A scenario that breaks is noted in the table, and the others still run. */
	private static void attempt(BenchTable table, String what, Scenario.Step step) {
		try {
			step.run();
		}
		catch (Exception ex) {
			System.out.println("serve " + what + " failed: " + ex);
			table.note("serve " + what, "failed: " + ex.getMessage());
		}
	}

	/** An all-valid sheet, generated once: a payout run of it pays every row. */
	private static Path sheet(Path dir, String name, int rows, long seed) throws Exception {
		Path sheet = dir.resolve("sheets").resolve(name + ".xlsx");
		if (!Files.isRegularFile(sheet)) {
			System.out.printf("generating %s (%,d rows, all valid) ...%n", sheet.getFileName(), rows);
			LargeSheetGenerator.write(sheet, rows, seed, false);
		}
		return sheet;
	}

	/** C / D: the payouts a second the provider allows. */
	double limit() {
		return this.concurrency * 1000.0 / this.delay.toMillis();
	}

	/** What every measured server is given besides its database. */
	Map<String, String> serverProperties() {
		Map<String, String> properties = new TreeMap<>();
		properties.put("tasvieh.provider", "nextpay");
		properties.put("tasvieh.sandbox.enabled", "true");
		properties.put("tasvieh.nextpay.concurrency", Integer.toString(this.concurrency));
		properties.put("tasvieh.sandbox.nextpay.delay", this.delay.toMillis() + "ms");
		// Enough for every run of the bench: the default wallet pays about 4,000 rows.
		properties.put("tasvieh.sandbox.nextpay.initial-balance-irr", "1000000000000000");
		return properties;
	}

}
