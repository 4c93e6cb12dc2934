package ir.tasvieh.mail;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.TasviehApplication;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a mail server ({@code spring.mail.host}) or without recipients, no mail is
 * written or sent, and the start-up log says so once.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailOffIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void withoutAMailServerNoMailIsWrittenAndTheStartUpLogSaysSo(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start("--tasvieh.mail.to=mehdi@tasvieh.test")) {
			assertThat(runAndCountMails(context)).isZero();
			assertThat(context.getBean(Mail.class).enabled()).isFalse();
			assertThat(context.getBean(Mail.class).deliverPending(Duration.ofSeconds(5)))
				.isEqualTo(new DeliveryReport(0, 0, 0));
		}
		assertThat(output.getOut().split("Mail is off: spring.mail.host is not set", -1)).as("said once").hasSize(2);
	}

	@Test
	void withoutRecipientsNoMailIsWrittenAndTheStartUpLogSaysSo(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = start("--spring.mail.host=127.0.0.1", "--spring.mail.port=1")) {
			assertThat(runAndCountMails(context)).isZero();
		}
		assertThat(output.getOut()).contains("Mail is off: spring.mail.host is set but tasvieh.mail.to names nobody");
	}

	private int runAndCountMails(ConfigurableApplicationContext context) throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("mehr.csv"), 1_000_000, false);
		assertThat(context.getBean(Runs.class)
			.start(new RunRequest(sheet, "mehr.csv", null, false, false, this.dir.resolve("out"), "reza",
					Duration.ofSeconds(30)))
			.status()).isEqualTo(RunStatus.COMPLETED);
		return context.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class);
	}

	private ConfigurableApplicationContext start(String... mail) {
		String[] common = { "--server.port=0", "--server.address=127.0.0.1", "--logging.level.ir.tasvieh.mail=INFO",
				"--tasvieh.sandbox.nextpay.queue-time=100ms", "--tasvieh.sandbox.nextpay.settle-time=300ms",
				"--tasvieh.tracking.poll-interval=100ms" };
		String[] arguments = new String[common.length + mail.length];
		System.arraycopy(common, 0, arguments, 0, common.length);
		System.arraycopy(mail, 0, arguments, common.length, mail.length);
		return new SpringApplicationBuilder(TasviehApplication.class).run(arguments);
	}

}
