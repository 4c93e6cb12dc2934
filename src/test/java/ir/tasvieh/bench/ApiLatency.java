package ir.tasvieh.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A client thread that, while runs pay, reads what a person's pages read, one request
 * after another: {@code GET /api/runs} and a page of 50 rows of one of the runs
 * ({@code GET /api/runs/{id}/rows?page=N&size=50}, N at random), and keeps how long each
 * took and how many failed (not 200, or no answer within a minute).
 */
final class ApiLatency implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofMinutes(1);

	/** Between two requests, as a page that refreshes itself would. */
	private static final long PAUSE_MS = 100;

	private final BenchApi api;

	private final List<Long> runIds;

	private final int pages;

	private final Thread thread;

	private final Kind runs = new Kind();

	private final Kind rows = new Kind();

	private volatile boolean stopped;

	/**
	 * Starts polling.
	 * @param rowsPerRun how many rows each run has (pages are chosen among them)
	 */
	ApiLatency(BenchApi api, List<Long> runIds, int rowsPerRun) {
		this.api = api;
		this.runIds = runIds;
		this.pages = Math.max(1, rowsPerRun / 50);
		this.thread = new Thread(this::poll, "bench-api-latency");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void poll() {
		SplittableRandom random = new SplittableRandom(21);
		int turn = 0;
		while (!this.stopped) {
			if (turn % 2 == 0) {
				time(this.runs, "/api/runs");
			}
			else {
				long runId = this.runIds.get((turn / 2) % this.runIds.size());
				time(this.rows, "/api/runs/" + runId + "/rows?page=" + random.nextInt(this.pages) + "&size=50");
			}
			turn++;
			try {
				Thread.sleep(PAUSE_MS);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	private void time(Kind kind, String path) {
		long start = System.nanoTime();
		boolean ok;
		try {
			HttpResponse<String> response = this.api.get(ServeProcess.OTHER_MANAGER, path, TIMEOUT);
			ok = response.statusCode() == 200;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		catch (Exception ex) {
			ok = false;
		}
		kind.add((System.nanoTime() - start) / 1_000_000, ok);
	}

	Kind runs() {
		return this.runs;
	}

	Kind rows() {
		return this.rows;
	}

	@Override
	public void close() throws InterruptedException {
		this.stopped = true;
		this.thread.interrupt();
		this.thread.join(TIMEOUT.toMillis() + 1000);
	}

	/** The times (ms) of one kind of request, and its failures. */
	static final class Kind {

		private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());

		private volatile int errors;

		void add(long ms, boolean ok) {
			this.millis.add(ms);
			if (!ok) {
				this.errors++;
			}
		}

		int count() {
			return this.millis.size();
		}

		int errors() {
			return this.errors;
		}

		/** The {@code p}th percentile (nearest rank), or 0 without any request. */
		long percentile(double p) {
			List<Long> sorted;
			synchronized (this.millis) {
				sorted = new ArrayList<>(this.millis);
			}
			if (sorted.isEmpty()) {
				return 0;
			}
			Collections.sort(sorted);
			int rank = (int) Math.ceil(p / 100.0 * sorted.size());
			return sorted.get(Math.max(0, rank - 1));
		}

	}

}
