package ir.tasvieh.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A run's life as the web and the inbox drive it, on the built-in sandbox: validated and
 * left waiting, approved by another manager and paid in the background, or rejected and
 * never paid; every step audited and announced.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S" })
// Imported rather than found as a nested class, so that the MySQL subclass has it too.
@Import({ RunsIntegrationTests.Listening.class, OutOfMemoryTrap.class })
class RunsIntegrationTests {

	private static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044" };

	private static int sheets;

	private static final Actor FINANCE = new Actor("fatemeh", "10.0.0.7");

	private static final Actor MANAGER = new Actor("mehdi", "10.0.0.8");

	@Autowired
	Runs runs;

	@Autowired
	PayoutLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatusChanges changes;

	@Autowired
	RunLease lease;

	@Autowired
	RunAuditLog audit;

	@TempDir
	Path dir;

	@Test
	void anUploadIsValidatedAndWaitsForAManagerWithoutPayingAnyone() throws Exception {
		RunResult result = submit(sheet(true), FINANCE);

		RunView run = this.runs.find(result.runId()).orElseThrow();
		assertThat(run.status()).isEqualTo(RunStatus.VALIDATED);
		assertThat(run.uploadedBy()).isEqualTo("fatemeh");
		assertThat(run.count(PayoutStatus.READY)).isEqualTo(3);
		assertThat(run.count(PayoutStatus.INVALID)).isEqualTo(1);
		assertThat(run.readyTotalIrr()).isEqualTo(payable(run));
		assertThat(run.resultPath()).exists();
		assertThat(this.ledger.rows(run.id())).allMatch((row) -> row.sentTracker() == null);
		assertThat(this.runs.auditTrail(run.id()))
			.extracting(AuditEntry::action, AuditEntry::username, AuditEntry::address)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UPLOADED", "fatemeh", "10.0.0.7"));
		assertThat(this.changes.of(run.id())).containsExactly(RunStatus.VALIDATING + ">" + RunStatus.VALIDATED);
	}

	@Test
	void theUploaderMayNotApproveOrRejectTheirOwnRun() throws Exception {
		long runId = submit(sheet(false), MANAGER).runId();

		assertThatThrownBy(() -> this.runs.approve(runId, MANAGER)).isInstanceOfSatisfying(RunActionRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(RunActionRefused.FOUR_EYES));
		assertThatThrownBy(() -> this.runs.reject(runId, MANAGER)).isInstanceOfSatisfying(RunActionRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(RunActionRefused.FOUR_EYES));
		assertThat(this.runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.VALIDATED);
	}

	@Test
	void anApprovedRunIsPaidInTheBackgroundToTheEnd() throws Exception {
		long runId = submit(sheet(true), FINANCE).runId();

		RunView approved = this.runs.approve(runId, MANAGER);

		assertThat(approved.approvedBy()).isEqualTo("mehdi");
		assertThat(approved.status()).isIn(RunStatus.APPROVED, RunStatus.PAYING, RunStatus.TRACKING,
				RunStatus.COMPLETED);
		RunView done = awaitStatus(runId, RunStatus.COMPLETED);
		assertThat(done.count(PayoutStatus.PAID)).isEqualTo(3);
		assertThat(done.count(PayoutStatus.INVALID)).isEqualTo(1);
		assertThat(this.ledger.rows(runId)).filteredOn((row) -> row.status() == PayoutStatus.PAID)
			.allMatch((row) -> row.providerRef() != null);
		assertThat(this.runs.auditTrail(runId)).extracting(AuditEntry::action).containsExactly("UPLOADED", "APPROVED");
		assertThat(this.changes.of(runId)).startsWith("VALIDATING>VALIDATED", "VALIDATED>APPROVED", "APPROVED>PAYING")
			.last()
			.isIn("PAYING>COMPLETED", "TRACKING>COMPLETED");
	}

	@Test
	void twoManagersApprovingAtOnceStartOnePayment() throws Exception {
		long runId = submit(sheet(false), FINANCE).runId();
		Actor other = new Actor("maryam", "10.0.0.9");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> answers = pool.invokeAll(List.of(approval(runId, MANAGER), approval(runId, other)));
			List<String> outcomes = new ArrayList<>();
			for (Future<String> answer : answers) {
				outcomes.add(answer.get());
			}
			assertThat(outcomes).containsExactlyInAnyOrder("APPROVED", RunActionRefused.NOT_AWAITING_APPROVAL);
		}
		finally {
			pool.shutdown();
		}
		awaitStatus(runId, RunStatus.COMPLETED);
		assertThat(this.runs.auditTrail(runId)).extracting(AuditEntry::action).containsOnlyOnce("APPROVED");
	}

	@Test
	void aRejectedRunIsNeverPaidAndCannotBeApprovedLater() throws Exception {
		long runId = submit(sheet(false), FINANCE).runId();

		assertThat(this.runs.reject(runId, MANAGER).status()).isEqualTo(RunStatus.REJECTED);

		assertThatThrownBy(() -> this.runs.approve(runId, new Actor("maryam", "10.0.0.9"))).isInstanceOfSatisfying(
				RunActionRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(RunActionRefused.NOT_AWAITING_APPROVAL));
		assertThat(this.ledger.rows(runId)).allMatch((row) -> row.status() == PayoutStatus.READY)
			.allMatch((row) -> row.sentTracker() == null);
		assertThat(this.runs.auditTrail(runId)).extracting(AuditEntry::action).containsExactly("UPLOADED", "REJECTED");
	}

	@Test
	void aSheetWithNothingToPayIsCompletedAtOnce() throws Exception {
		Path sheet = csv("name,sheba,amount\nNo One,IR000000000000000000000000,1000\n");

		RunResult result = submit(sheet, FINANCE);

		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThatThrownBy(() -> this.runs.approve(result.runId(), MANAGER)).isInstanceOfSatisfying(
				RunActionRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(RunActionRefused.NOT_AWAITING_APPROVAL));
	}

	@Test
	void theSameContentHandedInAgainIsAlreadyRunWhetherUploadedOrRunFromTheCommandLine() throws Exception {
		Path sheet = sheet(false);
		long runId = submit(sheet, FINANCE).runId();

		RunResult again = submit(sheet, FINANCE);
		RunResult fromCommandLine = this.runs
			.start(new RunRequest(sheet, "again.csv", null, false, false, this.dir, "reza", Duration.ZERO));

		assertThat(again.rejection().reason()).isEqualTo("ALREADY_RUN");
		assertThat(fromCommandLine.rejection().reason()).isEqualTo("ALREADY_RUN");
		assertThat(this.runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.VALIDATED);
	}

	@Test
	void anApprovedRunLeftBehindByAStoppedProcessIsPaidOnWhenServingResumes() throws Exception {
		long runId = submit(sheet(false), FINANCE).runId();
		// As a process that stopped right after approving would leave it.
		this.jdbc.update("UPDATE payout_run SET status = 'PAYING', approved_by = 'mehdi' WHERE id = ?", runId);

		this.runs.resumeInterrupted();

		RunView done = awaitStatus(runId, RunStatus.COMPLETED);
		assertThat(done.count(PayoutStatus.PAID)).isEqualTo(3);
	}

	@Test
	void anUploadLeftValidatingByAStoppedProcessIsValidatedAgainWhenServingResumes() throws Exception {
		long runId = submit(sheet(true), FINANCE).runId();
		// As a process that stopped while validating it (or before its turn came) leaves
		// it.
		this.jdbc.update("UPDATE payout_run SET status = 'VALIDATING', owner = NULL, heartbeat_at = NULL WHERE id = ?",
				runId);

		this.runs.resumeInterrupted();

		RunView validated = awaitStatus(runId, RunStatus.VALIDATED);
		assertThat(validated.count(PayoutStatus.READY)).isEqualTo(3);
		assertThat(this.runs.auditTrail(runId)).extracting(AuditEntry::action)
			.containsExactly("UPLOADED", RunUploads.REQUEUED);
	}

	@Test
	void anUploadWhoseValidationWasCutShortTwiceAlreadyIsFailedRatherThanTriedAThirdTime() throws Exception {
		long runId = submit(sheet(false), FINANCE).runId();
		this.jdbc.update("UPDATE payout_run SET status = 'VALIDATING', owner = NULL, heartbeat_at = NULL WHERE id = ?",
				runId);
		for (int i = 0; i < RunUploads.MAX_TAKE_UPS; i++) {
			this.audit.record(runId, new Actor("tasvieh", "restart"), RunUploads.REQUEUED, null);
		}

		this.runs.resumeInterrupted();

		RunView failed = this.runs.find(runId).orElseThrow();
		assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
		assertThat(failed.message()).contains("interrupted 3 times", "Upload it again");
	}

	@Test
	void aValidationThatRunsOutOfMemoryEndsTheProcessAndNeverPutsItInTheRunsMessage() throws Exception {
		Path sheet = csv("name,sheba,amount\nExhausted payee," + SHEBAS[0] + "," + (1_000_000 + sheets) + "\n");
		OutOfMemoryTrap.halts.clear();

		assertThatThrownBy(() -> submit(sheet, FINANCE)).isInstanceOf(OutOfMemoryError.class);

		assertThat(OutOfMemoryTrap.halts).containsExactly(OutOfMemory.EXIT_CODE);
		RunView run = this.runs.list(1).get(0);
		assertThat(run.fileName()).isEqualTo(sheet.getFileName().toString());
		// Left as the process was, for the next start to validate again.
		assertThat(run.status()).isEqualTo(RunStatus.VALIDATING);
		assertThat(run.message()).isNull();
		// Out of the way of the other tests' restarts, which would run it out of memory
		// again.
		this.jdbc.update("UPDATE payout_run SET status = 'FAILED' WHERE id = ?", run.id());
	}

	@Test
	void runsOfTheInboxAndTheCommandLineLeftValidatingAreLeftToThemToResume() throws Exception {
		long fromInbox = submit(sheet(false), new Actor("inbox", "inbox")).runId();
		long fromCommandLine = submit(sheet(false), Actor.commandLine("reza")).runId();
		this.jdbc.update("UPDATE payout_run SET status = 'VALIDATING', owner = NULL, heartbeat_at = NULL"
				+ " WHERE id IN (?, ?)", fromInbox, fromCommandLine);

		this.runs.resumeInterrupted();

		for (long runId : new long[] { fromInbox, fromCommandLine }) {
			assertThat(this.runs.find(runId).orElseThrow().status()).isEqualTo(RunStatus.VALIDATING);
			assertThat(this.runs.auditTrail(runId)).extracting(AuditEntry::action).doesNotContain(RunUploads.REQUEUED);
		}
	}

	@Test
	void aRunThisProcessWorksOnIsNotTakenASecondTimeSoTheRefreshTimerLeavesAPaymentInProgressAlone() throws Exception {
		long runId = submit(sheet(false), FINANCE).runId();

		assertThat(this.lease.acquire(runId)).isTrue();
		assertThat(this.lease.acquire(runId)).isFalse();
		this.lease.release(runId);
		assertThat(this.lease.acquire(runId)).isTrue();
		this.lease.release(runId);
	}

	@Test
	void anUnknownRunIsRefusedAsNotFound() {
		assertThatThrownBy(() -> this.runs.approve(987_654L, MANAGER)).isInstanceOfSatisfying(RunActionRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo(RunActionRefused.NOT_FOUND));
		assertThat(this.runs.find(987_654L)).isEmpty();
	}

	@Test
	void runsAreListedNewestFirst() throws Exception {
		long first = submit(sheet(false), FINANCE).runId();
		long second = submit(sheet(false), FINANCE).runId();

		assertThat(this.runs.list(2)).extracting(RunView::id).containsExactly(second, first);
	}

	private Callable<String> approval(long runId, Actor actor) {
		return () -> {
			try {
				this.runs.approve(runId, actor);
				return "APPROVED";
			}
			catch (RunActionRefused refused) {
				return refused.code();
			}
		};
	}

	private RunView awaitStatus(long runId, RunStatus status) {
		return await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.runs.find(runId).orElseThrow(), (run) -> run.status() == status);
	}

	private long payable(RunView run) {
		return this.ledger.rows(run.id())
			.stream()
			.filter((row) -> row.status() == PayoutStatus.READY)
			.mapToLong(LedgerRow::amountIrr)
			.sum();
	}

	private RunResult submit(Path sheet, Actor actor) {
		return this.runs.submit(new RunRequest(sheet, sheet.getFileName().toString(), null, false, false,
				this.dir.resolve("out"), actor.username(), null), actor);
	}

	/** Three payable rows of content no other test uses, and one invalid row if asked. */
	private Path sheet(boolean withInvalidRow) throws Exception {
		int n = ++sheets;
		StringBuilder csv = new StringBuilder("name,sheba,amount\n");
		for (int i = 0; i < SHEBAS.length; i++) {
			csv.append("Payee ").append(i).append(',').append(SHEBAS[i]).append(',');
			csv.append(1_000_000L * (i + 1) + n * 10L + System.nanoTime() % 7).append('\n');
		}
		if (withInvalidRow) {
			csv.append("Broken,IR000000000000000000000000,5000\n");
		}
		return csv(csv.toString());
	}

	private Path csv(String content) throws Exception {
		Path file = this.dir.resolve("runs-" + (++sheets) + "-" + System.nanoTime() + ".csv");
		return Files.writeString(file, content);
	}

	/** Every status change announced, in order. */
	static class StatusChanges {

		private final List<RunStatusChanged> seen = Collections.synchronizedList(new ArrayList<>());

		@EventListener
		void on(RunStatusChanged change) {
			this.seen.add(change);
		}

		List<String> of(long runId) {
			synchronized (this.seen) {
				return this.seen.stream()
					.filter((change) -> change.runId() == runId)
					.map((change) -> change.from() + ">" + change.to())
					.toList();
			}
		}

	}

	@TestConfiguration
	static class Listening {

		@Bean
		StatusChanges statusChanges() {
			return new StatusChanges();
		}

	}

}
