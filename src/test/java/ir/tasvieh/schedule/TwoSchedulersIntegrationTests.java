package ir.tasvieh.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.MySqlTestDatabase;
import ir.tasvieh.TasviehApplication;
import ir.tasvieh.mail.Mail;
import ir.tasvieh.mail.MailTestSupport;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of tasvieh on one database, sharing an inbox folder and a mail server,
 * whose timers fire at the same moment: each tick of the inbox and of refresh runs on one
 * of them, the sheet becomes one run that is paid to the end, and each mail arrives once.
 * On an H2 file and on the MySQL-protocol test server. The test fires the ticks itself,
 * on both instances at once.
 */
class TwoSchedulersIntegrationTests {

	/**
	 * How long a tick holds its lock after it ends (what keeps the other instance out).
	 */
	private static final Duration LOCK_AT_LEAST_FOR = Duration.ofSeconds(2);

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "h2", "mysql" })
	void runEachTaskOnceAndSendEachMailOnce(String vendor) throws Exception {
		List<String> database = database(vendor);
		ServerSetup setup = MailTestSupport.smtpOnFreePort();
		GreenMail smtp = new GreenMail(setup);
		smtp.start();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (ConfigurableApplicationContext first = start(database, setup);
				ConfigurableApplicationContext second = start(database, setup)) {
			List<ScheduledTasks> tasks = List.of(first.getBean(ScheduledTasks.class),
					second.getBean(ScheduledTasks.class));
			Path inbox = this.dir.resolve("inbox");
			MailTestSupport.sheet(inbox.resolve("payroll.csv"), 1_000_000, false);

			int ticks = 0;
			while (!Files.exists(inbox.resolve("processed/payroll.csv")) && ticks < 10) {
				atOnce(threads, tasks.get(0)::pollInbox, tasks.get(1)::pollInbox);
				ticks++;
				assertThat(executions(tasks, ScheduledTasks.INBOX)).as("one instance ran tick %d", ticks)
					.isEqualTo(ticks);
				awaitUnlocked(first, ScheduledTasks.INBOX);
			}
			assertThat(inbox.resolve("processed/payroll.csv")).exists();
			assertThat(inbox.resolve("rejected")).doesNotExist();
			Runs runs = first.getBean(Runs.class);
			assertThat(runs.list(10)).singleElement()
				.satisfies((run) -> assertThat(run.approvedBy()).isEqualTo("inbox-auto-approve"));
			long runId = runs.list(1).get(0).id();

			await().atMost(Duration.ofSeconds(60))
				.until(() -> status(runs, runId) == RunStatus.TRACKING || status(runs, runId) == RunStatus.COMPLETED);
			ticks = 0;
			while (status(runs, runId) != RunStatus.COMPLETED && ticks < 20) {
				atOnce(threads, tasks.get(0)::refresh, tasks.get(1)::refresh);
				ticks++;
				assertThat(executions(tasks, ScheduledTasks.REFRESH)).as("one instance ran refresh %d", ticks)
					.isEqualTo(ticks);
				awaitUnlocked(first, ScheduledTasks.REFRESH);
			}
			assertThat(status(runs, runId)).isEqualTo(RunStatus.COMPLETED);

			JdbcTemplate db = first.getBean(JdbcTemplate.class);
			List<String> moments = db.queryForList("SELECT moment FROM mail_outbox WHERE run_id = ? ORDER BY id",
					String.class, runId);
			assertThat(moments).startsWith("AWAITING_APPROVAL").endsWith("COMPLETED");
			Mail firstMail = first.getBean(Mail.class);
			Mail secondMail = second.getBean(Mail.class);
			for (int round = 0; round < 5 && pending(db) > 0; round++) {
				atOnce(threads, () -> firstMail.deliverDue(Duration.ofSeconds(20)),
						() -> secondMail.deliverDue(Duration.ofSeconds(20)));
			}
			assertThat(pending(db)).isZero();
			assertThat(mailed(smtp))
				.containsExactlyInAnyOrderElementsOf(moments.stream().map((moment) -> runId + "/" + moment).toList());
		}
		finally {
			threads.shutdown();
			smtp.stop();
		}
	}

	/** Starts both at the same moment and waits for both to end. */
	private static void atOnce(ExecutorService threads, Runnable one, Runnable other) throws Exception {
		CountDownLatch ready = new CountDownLatch(2);
		List<Future<?>> ends = new ArrayList<>();
		for (Runnable task : List.of(one, other)) {
			ends.add(threads.submit(() -> {
				ready.countDown();
				ready.await();
				task.run();
				return null;
			}));
		}
		for (Future<?> end : ends) {
			end.get();
		}
	}

	/**
	 * Waits until the task's ShedLock row says its lock is free again (its
	 * {@code lock_until}, {@link #LOCK_AT_LEAST_FOR} after the tick, has passed on the
	 * database's clock, the clock ShedLock itself compares with), so the next tick may
	 * run.
	 */
	private static void awaitUnlocked(ConfigurableApplicationContext instance, String task) {
		JdbcTemplate db = instance.getBean(JdbcTemplate.class);
		String now = db.execute((Connection connection) -> connection.getMetaData()
			.getDatabaseProductName()
			.toLowerCase(Locale.ROOT)
			.contains("h2")) ? "CURRENT_TIMESTAMP(3)" : "UTC_TIMESTAMP(3)";
		await("the " + task + " lock to expire").atMost(LOCK_AT_LEAST_FOR.plusSeconds(10))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> db.queryForObject("SELECT COUNT(*) FROM shedlock WHERE name = ? AND lock_until > " + now,
					Integer.class, task) == 0);
	}

	private static long executions(List<ScheduledTasks> tasks, String task) {
		return tasks.stream().mapToLong((instance) -> instance.executions(task)).sum();
	}

	private static RunStatus status(Runs runs, long runId) {
		return runs.find(runId).map(RunView::status).orElseThrow();
	}

	private static int pending(JdbcTemplate db) {
		return db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'", Integer.class);
	}

	private static List<String> mailed(GreenMail smtp) {
		return Arrays.stream(smtp.getReceivedMessages()).map((message) -> {
			try {
				return message.getHeader("X-Tasvieh-Mail")[0];
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private ConfigurableApplicationContext start(List<String> database, ServerSetup smtp) {
		List<String> arguments = new ArrayList<>(database);
		arguments.addAll(List.of("--server.port=0", "--server.address=127.0.0.1", "--tasvieh.cli.enabled=false",
				"--tasvieh.sandbox.nextpay.queue-time=100ms", "--tasvieh.sandbox.nextpay.settle-time=1500ms",
				"--tasvieh.tracking.poll-interval=200ms", "--tasvieh.approval.follow-for=PT0S",
				"--tasvieh.inbox.dir=" + this.dir.resolve("inbox"),
				"--tasvieh.inbox.out-dir=" + this.dir.resolve("output"), "--tasvieh.inbox.auto-approve=true",
				"--tasvieh.scheduler.lock-at-least-for=PT" + LOCK_AT_LEAST_FOR.toSeconds() + "S",
				"--spring.mail.host=" + smtp.getBindAddress(), "--spring.mail.port=" + smtp.getPort(),
				"--tasvieh.mail.to=mehdi@tasvieh.test", "--tasvieh.mail.retry-first=1s"));
		return new SpringApplicationBuilder(TasviehApplication.class).run(arguments.toArray(new String[0]));
	}

	private List<String> database(String vendor) {
		return MySqlTestDatabase.arguments(vendor, this.dir.resolve("db/tasvieh"));
	}

}
