package ir.tasvieh.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail of a run with failed rows, through a real SMTP server (GreenMail): its subject
 * never calls it a plain success, and its body lists each failed row with the provider's
 * words for why (SPEC 9.2, 9.6). The sandbox fails rows whose tracker starts with
 * {@code MAIL-FAIL-}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.mail.to=mehdi@tasvieh.test",
				"tasvieh.sandbox.nextpay.fail-trackers-matching=^MAIL-FAIL-.*" })
class FailedRunMailIntegrationTests {

	static final ServerSetup SMTP = MailTestSupport.smtpOnFreePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	Runs runs;

	@Autowired
	Mail mail;

	@TempDir
	Path dir;

	@Test
	void aRunWithAFailedRowIsMailedAsCompletedWithFailuresSayingWhyTheRowFailed() throws Exception {
		Path sheet = Files.writeString(this.dir.resolve("dey.csv"),
				"name,sheba,amount,tracker\nMaryam Failed," + MailTestSupport.SHEBAS[0] + ",3100000,MAIL-FAIL-"
						+ System.nanoTime() + "\nReza Paid," + MailTestSupport.SHEBAS[1] + ","
						+ (3_200_000 + System.nanoTime() % 1000) + ",\n");
		RunResult result = this.runs.start(new RunRequest(sheet, "dey.csv", null, false, false, this.dir.resolve("out"),
				"reza", Duration.ofSeconds(30)));
		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);

		this.mail.deliverPending(Duration.ofSeconds(20));

		MimeMessage message = greenMail.getReceivedMessages()[0];
		assertThat(message.getSubject()).contains("dey.csv", "COMPLETED_WITH_FAILURES", "1 PAID", "1 FAILED");
		String html = MailTestSupport.text(message, "text/html");
		assertThat(html)
			.contains("Status now: <strong>COMPLETED_WITH_FAILURES</strong>", "پایان‌یافته، با ردیف‌های ناموفق")
			.contains("Rows that failed, and why", "Maryam Failed", "withdrawal request has failed")
			.doesNotContain("Reza Paid");
		assertThat(MailTestSupport.text(message, "text/plain"))
			.contains("Row 2 (Maryam Failed): FAILED, reason: Failed (");
	}

}
