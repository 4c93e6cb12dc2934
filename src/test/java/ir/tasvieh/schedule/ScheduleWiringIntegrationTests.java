package ir.tasvieh.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ir.tasvieh.mail.MailTestSupport;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timers as {@code serve} has them ({@code tasvieh.scheduler.enabled=true}), every
 * second here: a sheet dropped in the inbox is run, approved, paid, followed to the end
 * by refresh and mailed, with nobody calling a task.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.scheduler.enabled=true", "tasvieh.inbox.cron=* * * * * *",
				"tasvieh.refresh.cron=* * * * * *", "tasvieh.mail.send-interval=PT1S",
				"tasvieh.scheduler.lock-at-least-for=PT0S", "tasvieh.inbox.auto-approve=true",
				"tasvieh.approval.follow-for=PT0S", "tasvieh.sandbox.nextpay.queue-time=100ms",
				"tasvieh.sandbox.nextpay.settle-time=1s", "tasvieh.tracking.poll-interval=200ms",
				"tasvieh.mail.to=mehdi@tasvieh.test", "tasvieh.mail.retry-first=1s" })
@DirtiesContext
class ScheduleWiringIntegrationTests {

	static final ServerSetup SMTP = MailTestSupport.smtpOnFreePort();

	static final Path FOLDER = folder();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void folderAndMailServer(DynamicPropertyRegistry registry) {
		registry.add("tasvieh.inbox.dir", () -> FOLDER.resolve("inbox").toString());
		registry.add("tasvieh.inbox.out-dir", () -> FOLDER.resolve("output").toString());
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	Runs runs;

	@Test
	void aDroppedSheetIsRunPaidFollowedAndMailedOnTheTimersAlone() throws Exception {
		MailTestSupport.sheet(FOLDER.resolve("inbox/dey.csv"), 1_000_000, false);

		await("the inbox timer took the sheet").atMost(Duration.ofSeconds(60))
			.until(() -> Files.exists(FOLDER.resolve("inbox/processed/dey.csv")));
		long runId = this.runs.list(1).get(0).id();
		await("paid and followed to the end by the refresh timer").atMost(Duration.ofSeconds(90))
			.until(() -> this.runs.find(runId).map(RunView::status).orElseThrow() == RunStatus.COMPLETED);
		await("the mail timer sent the completed run").atMost(Duration.ofSeconds(60))
			.until(() -> mailed(runId + "/COMPLETED"));
		assertThat(mailed(runId + "/AWAITING_APPROVAL")).isTrue();
	}

	private static boolean mailed(String header) {
		return Arrays.stream(greenMail.getReceivedMessages()).anyMatch((message) -> {
			try {
				String[] value = message.getHeader("X-Tasvieh-Mail");
				return value != null && value[0].equals(header);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private static Path folder() {
		try {
			return Files.createTempDirectory("tasvieh-schedule-test");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
