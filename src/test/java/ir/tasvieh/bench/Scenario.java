package ir.tasvieh.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * One measured {@code serve} and its database, as a scenario drives it: upload, approve,
 * wait, then stop the server (reading what only the running server can tell first) and
 * drop the database.
 */
final class Scenario implements AutoCloseable {

	private static final long POLL_MS = 1000;

	/** Statuses an upload's run ends in: VALIDATED, or not. */
	private static final Set<String> VALIDATION_ENDS = Set.of("VALIDATED", "FAILED", "REJECTED", "DRY_RUN");

	/** Statuses in which a run has sent all it will send, or stopped trying. */
	private static final Set<String> SENT_ALL = Set.of("TRACKING", "COMPLETED", "FAILED", "REJECTED");

	/** A scenario's body. */
	interface Step {

		void run() throws Exception;

	}

	final ServeProcess serve;

	final BenchDatabase database;

	private final BenchTable table;

	private final ServeBench options;

	private boolean stopped;

	/** What the sandbox itself says was the most calls in flight, if it says. */
	private Object sandboxMostInFlight;

	Scenario(ServeProcess serve, BenchDatabase database, BenchTable table, ServeBench options) {
		this.serve = serve;
		this.database = database;
		this.table = table;
		this.options = options;
	}

	/** Uploads a sheet as FINANCE and waits until its run is VALIDATED. */
	long validated(Path sheet) throws Exception {
		BenchApi.Answer answer = this.serve.api().upload(ServeProcess.FINANCE, sheet);
		if (answer.status() != 201) {
			throw new IllegalStateException("upload of " + sheet + " answered " + BenchApi.describe(answer));
		}
		long runId = answer.id();
		if (!awaitAll(List.of(runId), Scenario::validationEnded) || !"VALIDATED".equals(status(runId))) {
			throw new IllegalStateException("run " + runId + " of " + sheet + " did not become VALIDATED: "
					+ BenchApi.describe(this.serve.api().run(ServeProcess.FINANCE, runId)));
		}
		return runId;
	}

	/**
	 * Uploads a sheet and follows its run; whether it answered 201 and became VALIDATED.
	 */
	boolean uploadedAndValidated(Path sheet) {
		try {
			BenchApi.Answer answer = this.serve.api().upload(ServeProcess.FINANCE, sheet);
			if (answer.status() != 201) {
				System.out.println("upload of " + sheet.getFileName() + " answered " + BenchApi.describe(answer));
				return false;
			}
			long runId = answer.id();
			awaitAll(List.of(runId), Scenario::validationEnded);
			BenchApi.Answer run = this.serve.api().run(ServeProcess.FINANCE, runId);
			if (!"VALIDATED".equals(run.runStatus())) {
				System.out.println("run " + runId + " of " + sheet.getFileName() + ": " + BenchApi.describe(run));
				return false;
			}
			return true;
		}
		catch (Exception ex) {
			System.out.println("upload of " + sheet.getFileName() + " failed: " + ex);
			return false;
		}
	}

	void approve(String manager, long runId) throws Exception {
		BenchApi.Answer answer = this.serve.api().approve(manager, runId);
		if (answer.status() != 200) {
			throw new IllegalStateException("approving run " + runId + " answered " + BenchApi.describe(answer));
		}
	}

	/** Approves as the other manager, from another thread. */
	void approveUnchecked(long runId) {
		try {
			approve(ServeProcess.OTHER_MANAGER, runId);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean validationEnded(BenchApi.Answer run) {
		return VALIDATION_ENDS.contains(run.runStatus());
	}

	/**
	 * Whether a run has nothing left to send: no READY row while it pays (it may still be
	 * following its payouts), or it ended.
	 */
	static boolean allSent(BenchApi.Answer run) {
		String status = run.runStatus();
		return SENT_ALL.contains(status) || ("PAYING".equals(status) && run.count(List.of("READY")) == 0);
	}

	/**
	 * Reads the runs every second until each is {@code done}, or the bench's longest wait
	 * has passed.
	 * @return whether they all got there
	 */
	boolean awaitAll(List<Long> runIds, Predicate<BenchApi.Answer> done) {
		try {
			await().atMost(this.options.maxWait())
				.pollInterval(Duration.ofMillis(POLL_MS))
				.until(() -> allDone(runIds, done));
			return true;
		}
		catch (ConditionTimeoutException ex) {
			return false;
		}
	}

	private boolean allDone(List<Long> runIds, Predicate<BenchApi.Answer> done) throws Exception {
		for (long runId : runIds) {
			if (!done.test(this.serve.api().run(ServeProcess.MANAGER, runId))) {
				return false;
			}
		}
		return true;
	}

	private String status(long runId) throws Exception {
		return this.serve.api().run(ServeProcess.MANAGER, runId).runStatus();
	}

	/**
	 * What the table should say about how the runs ended: nothing when all sent all, else
	 * that the wait ran out or which run failed and why (read before the server stops).
	 */
	String ending(List<Long> runIds, boolean done) throws Exception {
		if (!done) {
			return "stopped after " + this.options.maxWait().toSeconds() + " s (bench.serve.max-wait)";
		}
		StringBuilder ending = new StringBuilder();
		for (long runId : runIds) {
			BenchApi.Answer run = this.serve.api().run(ServeProcess.MANAGER, runId);
			if ("FAILED".equals(run.runStatus())) {
				String message = run.body().path("message").asString("");
				ending.append((ending.length() > 0) ? "; " : "")
					.append("run ")
					.append(runId)
					.append(" FAILED: ")
					.append((message.length() > 120) ? message.substring(0, 120) + "…" : message);
			}
		}
		return ending.toString().replaceAll("\\s+", " ");
	}

	/** Stops the server, having asked the sandbox for a count of calls in flight. */
	void stop() throws Exception {
		if (this.stopped) {
			return;
		}
		this.stopped = true;
		// The last group claimed may still be in flight: let its calls end.
		Thread.sleep(1000);
		try {
			Map<String, Object> knobs = this.serve.api().sandboxControl();
			knobs.forEach((key, value) -> {
				if (key.toLowerCase(Locale.ROOT).replace("-", "").contains("inflight")) {
					this.sandboxMostInFlight = key + "=" + value;
				}
			});
		}
		catch (Exception ex) {
			System.out.println("the sandbox's control endpoint did not answer: " + ex);
		}
		this.serve.close();
	}

	/**
	 * The most calls the sandbox had in flight at once, from its log and its own count.
	 */
	void recordInFlight(String scenario, long rows) throws Exception {
		this.table.inFlight(this.database.kind(), scenario, rows, LedgerTimes.checkoutCalls(this.database),
				SandboxSleeps.most(this.serve.dir()), this.options, this.sandboxMostInFlight);
	}

	@Override
	public void close() throws Exception {
		stop();
		this.database.drop();
	}

}
