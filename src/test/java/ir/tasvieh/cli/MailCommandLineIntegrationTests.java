package ir.tasvieh.cli;

import java.nio.file.Path;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ir.tasvieh.mail.MailTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code run} and {@code refresh} send their mails before they exit; what the mail server
 * does not take stays in the outbox, the command says so, and the next {@code refresh}
 * sends it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.mail.to=mehdi@tasvieh.test" })
@ExtendWith(OutputCaptureExtension.class)
class MailCommandLineIntegrationTests {

	static final ServerSetup SMTP = MailTestSupport.smtpOnFreePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	ApplicationContext context;

	@TempDir
	Path dir;

	@Test
	void runMailsTheManagersBeforeItExits(CapturedOutput output) throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("aban.csv"), 1_000_000, false);

		int exit = CommandLineEntry.commandLine(this.context)
			.execute("run", sheet.toString(), "--out", this.dir.resolve("out").toString(), "--wait", "PT30S");

		assertThat(exit).isZero();
		assertThat(output.getOut()).contains("Mail: 1 mail sent.").doesNotContain("outbox");
		assertThat(greenMail.getReceivedMessages())
			.anySatisfy((message) -> assertThat(message.getSubject()).contains("aban.csv", "COMPLETED", "3 PAID"));
	}

	@Test
	void runSaysWhatStaysInTheOutboxAndRefreshSendsIt(CapturedOutput output) throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("azar.csv"), 1_000_000, false);
		greenMail.stop();
		int exit;
		try {
			exit = CommandLineEntry.commandLine(this.context)
				.execute("run", sheet.toString(), "--out", this.dir.resolve("out").toString(), "--wait", "PT30S");
		}
		finally {
			greenMail.start();
		}

		assertThat(exit).isZero();
		assertThat(output.getOut()).contains(
				"Mail: 1 mail stays in the outbox (the mail server did not take it now); the next `serve` or `refresh` sends it.");

		CommandLineEntry.commandLine(this.context).execute("refresh");

		assertThat(output.getOut()).contains("Mail: 1 mail sent.");
		assertThat(greenMail.getReceivedMessages())
			.anySatisfy((message) -> assertThat(message.getSubject()).contains("azar.csv", "COMPLETED"));
	}

}
