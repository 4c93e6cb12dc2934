package ir.tasvieh.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

import ir.tasvieh.mail.MailTestSupport;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deadlock when a job is created (two instances starting jobs on one MySQL at once) is
 * tried again and costs nothing; one that outlasts the retries leaves the run to the
 * timer, never FAILED, never rejected, and never shows a person SQL or a class name.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.scheduler.lock-at-least-for=PT0S" })
@Import(DeadlockInjector.class)
class TransientDatabaseErrorsIntegrationTests {

	private static final Actor FINANCE = new Actor("finance", "test");

	private static final Actor MANAGER = new Actor("manager", "test");

	@Autowired
	DeadlockInjector deadlocks;

	@Autowired
	Runs runs;

	@Autowired
	ScheduledTasks tasks;

	@TempDir
	Path dir;

	@Test
	void aDeadlockWhenTheJobIsCreatedIsTriedAgainAndTheRunCompletes() throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("deadlock-once.csv"), 1_000_000, false);
		int before = this.deadlocks.thrown();
		this.deadlocks.failNext(1);

		RunResult result = this.runs.start(new RunRequest(sheet, "deadlock-once.csv", null, false, false,
				this.dir.resolve("out"), "finance", Duration.ofSeconds(30)));

		assertThat(this.deadlocks.thrown()).isEqualTo(before + 1);
		assertThat(result.failure()).isNull();
		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(this.runs.find(result.runId()).orElseThrow().count(PayoutStatus.PAID)).isEqualTo(3);
	}

	@Test
	void aRunWhoseJobCouldNotBeCreatedIsLeftApprovedAndPaidByTheTimer() throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("deadlock-long.csv"), 1_000_000, false);
		RunResult validated = this.runs.submit(new RunRequest(sheet, "deadlock-long.csv", null, false, false,
				this.dir.resolve("out"), FINANCE.username(), null), FINANCE);
		assertThat(validated.status()).isEqualTo(RunStatus.VALIDATED);
		this.deadlocks.failNext(Integer.MAX_VALUE);

		this.runs.approve(validated.runId(), MANAGER);

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(run(validated.runId()).message()).isNotNull());
		RunView waiting = run(validated.runId());
		assertThat(waiting.status()).isEqualTo(RunStatus.APPROVED);
		assertThat(waiting.message()).contains("database")
			.doesNotContain("SQL", "BATCH_", "Exception", "Deadlock found");
		assertThat(waiting.count(PayoutStatus.READY)).isEqualTo(3);

		this.deadlocks.stop();
		this.tasks.refresh();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(run(validated.runId()).status()).isEqualTo(RunStatus.COMPLETED));
		assertThat(run(validated.runId()).count(PayoutStatus.PAID)).isEqualTo(3);
	}

	@Test
	void anInboxSheetWhoseJobCouldNotBeCreatedStaysInTheInboxAndIsRunNextTime() throws Exception {
		Path inbox = this.dir.resolve("inbox");
		Path sheet = MailTestSupport.sheet(inbox.resolve("deadlock-inbox.csv"), 1_000_000, false);
		Inbox polling = new Inbox(new InboxFolder(new InboxSettings(inbox, this.dir.resolve("out"), false, null, null)),
				this.runs, new InboxSettings(inbox, this.dir.resolve("out"), false, null, null));
		this.deadlocks.failNext(Integer.MAX_VALUE);

		polling.poll();
		polling.poll();

		assertThat(sheet).exists();
		assertThat(inbox.resolve(InboxFolder.REJECTED)).doesNotExist();

		this.deadlocks.stop();
		polling.poll();

		assertThat(sheet).doesNotExist();
		assertThat(inbox.resolve(InboxFolder.PROCESSED).resolve("deadlock-inbox.csv")).exists();
		assertThat(this.runs.list(20)).filteredOn((run) -> run.fileName().equals("deadlock-inbox.csv"))
			.singleElement()
			.satisfies((run) -> assertThat(run.status()).isEqualTo(RunStatus.VALIDATED));
		assertThat(Files.exists(inbox.resolve(InboxFolder.REJECTED))).isFalse();
	}

	private RunView run(long runId) {
		return this.runs.find(runId).orElseThrow();
	}

}
