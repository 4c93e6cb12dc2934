package ir.tasvieh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The scenarios of {@link ServeBench}, each on a new {@code serve} and a new database: a
 * run is uploaded by FINANCE, approved by a MANAGER (another person, as four eyes want),
 * followed through {@code GET /api/runs/{id}}; once the server has stopped, its ledger
 * and the sandbox's log say when each payout was claimed and each call received.
 */
final class ServeScenarios {

	/** Makes the database of one scenario. */
	interface Databases {

		BenchDatabase create(String scenario) throws Exception;

	}

	private final ServeBench options;

	private final BenchTable table;

	private final Path jar;

	private final Path dir;

	private final Databases databases;

	ServeScenarios(ServeBench options, BenchTable table, Path jar, Path dir, Databases databases) {
		this.options = options;
		this.table = table;
		this.jar = jar;
		this.dir = dir;
		this.databases = databases;
	}

	/** One run of {@code rows} rows, alone on its server. */
	void oneRun(int rows, Path sheet) throws Exception {
		Scenario scenario = start("run-" + rows, true);
		System.out.printf("serve %s: one run of %,d rows ...%n", scenario.database.kind(), rows);
		try (scenario) {
			long runId = scenario.validated(sheet);
			long approvedAt = System.currentTimeMillis();
			scenario.approve(ServeProcess.MANAGER, runId);
			boolean done = scenario.awaitAll(List.of(runId), Scenario::allSent);
			String ending = scenario.ending(List.of(runId), done);
			scenario.stop();
			RunPace pace = RunPace.of(approvedAt, LedgerTimes.claims(scenario.database, runId));
			this.table.servedRun(scenario.database.kind(), rows, pace, this.options, ending);
			scenario.recordInFlight("one run", rows);
		}
	}

	/** Two runs approved together and paid side by side while a client reads pages. */
	void twoRuns(int rows, Path sheetA, Path sheetB) throws Exception {
		Scenario scenario = start("two-runs-" + rows, true);
		System.out.printf("serve %s: two runs of %,d rows side by side ...%n", scenario.database.kind(), rows);
		try (scenario) {
			long a = scenario.validated(sheetA);
			long b = scenario.validated(sheetB);
			long approvedAt = System.currentTimeMillis();
			CompletableFuture<Void> approveB = CompletableFuture.runAsync(() -> scenario.approveUnchecked(b));
			scenario.approve(ServeProcess.MANAGER, a);
			approveB.join();
			boolean done;
			ApiLatency latency = new ApiLatency(scenario.serve.api(), List.of(a, b), rows);
			try (latency) {
				done = scenario.awaitAll(List.of(a, b), Scenario::allSent);
			}
			String note = scenario.ending(List.of(a, b), done);
			scenario.stop();
			RunPace paceA = RunPace.of(approvedAt, LedgerTimes.claims(scenario.database, a));
			RunPace paceB = RunPace.of(approvedAt, LedgerTimes.claims(scenario.database, b));
			this.table.servedPair(scenario.database.kind(), rows, paceA, paceB, this.options, note);
			this.table.apiLatency(scenario.database.kind(), rows, latency, note);
			scenario.recordInFlight("two runs", 2L * rows);
		}
	}

	/** Sheets uploaded all at once; each must end VALIDATED. */
	void uploadsAtOnce(int rows, List<Path> sheets) throws Exception {
		Scenario scenario = start("uploads-" + sheets.size() + "x" + rows, false);
		System.out.printf("serve %s: %d uploads of %,d rows at once ...%n", scenario.database.kind(), sheets.size(),
				rows);
		try (scenario) {
			long start = System.nanoTime();
			List<CompletableFuture<Boolean>> uploads = new ArrayList<>();
			for (Path sheet : sheets) {
				uploads.add(CompletableFuture.supplyAsync(() -> scenario.uploadedAndValidated(sheet)));
			}
			long failed = uploads.stream().map(CompletableFuture::join).filter((ok) -> !ok).count();
			double seconds = (System.nanoTime() - start) / 1e9;
			long peakRss = scenario.serve.peakRssMb();
			long outOfMemory = scenario.serve.logLines("OutOfMemoryError");
			scenario.stop();
			this.table.servedUploads(scenario.database.kind(), sheets.size(), rows, failed, seconds, peakRss,
					outOfMemory);
		}
	}

	/**
	 * Issue 20's warm path: a running server, warmed up by a first upload of a small
	 * sheet, takes one upload of {@code sheet}; timed from the request to the run being
	 * {@code VALIDATED} (its result workbook is written before), against the floor
	 * copying the same sheet in a fresh process.
	 */
	void warmUpload(int rows, Path warmUp, Path sheet) throws Exception {
		Scenario scenario = start("warm-upload-" + rows, false);
		System.out.printf("serve %s: a warm upload of %,d rows ...%n", scenario.database.kind(), rows);
		try (scenario) {
			scenario.uploadedAndValidated(warmUp);
			long start = System.nanoTime();
			boolean validated = scenario.uploadedAndValidated(sheet);
			double seconds = (System.nanoTime() - start) / 1e9;
			scenario.stop();
			MeasuredProcess.Measurement floor = Bench.floor(sheet, this.dir.resolve("floor-warm-" + rows + ".xlsx"),
					this.dir.resolve("floor-warm-" + rows + ".log"));
			this.table.warmUpload(scenario.database.kind(), rows, validated, seconds, floor);
		}
	}

	private Scenario start(String name, boolean recordSleeps) throws Exception {
		Path scenarioDir = this.dir.resolve(name);
		if (Files.exists(scenarioDir)) {
			try (Stream<Path> files = Files.walk(scenarioDir)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		BenchDatabase database = this.databases.create(name);
		Map<String, String> properties = new HashMap<>(this.options.serverProperties());
		properties.putAll(database.serverProperties());
		ServeProcess serve = ServeProcess.start(this.jar, scenarioDir, properties, recordSleeps);
		return new Scenario(serve, database, this.table, this.options);
	}

}
