package ir.tasvieh.mail;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunStatusChanged;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Run mails through a real SMTP server (GreenMail): who gets them, what they say, the
 * result workbook attached and matching the ledger, and a mail server that is down while
 * a run finishes delaying mail without losing or doubling any.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=2s",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.mail.to=mehdi@tasvieh.test, maryam@tasvieh.test", "tasvieh.mail.from=tasvieh@tasvieh.test",
				"tasvieh.mail.retry-first=1s", "tasvieh.mail.retry-max=2s",
				"tasvieh.web.base-url=https://tasvieh.test/" })
class MailIntegrationTests {

	static final List<String> MANAGERS = List.of("mehdi@tasvieh.test", "maryam@tasvieh.test");

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

	@Autowired
	PayoutLedger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path dir;

	@BeforeEach
	void startWithAnEmptyOutboxAndMailboxes() throws Exception {
		this.mail.deliverPending(Duration.ofSeconds(20));
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void mailsTheManagersTheResultWorkbookWhenARunCompletes() throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("payroll-azar.csv"), 2_000_000, true);
		RunResult result = this.runs.start(new RunRequest(sheet, "payroll-azar.csv", null, false, false,
				this.dir.resolve("out"), "reza", Duration.ofSeconds(30)));
		assertThat(result.status()).isEqualTo(RunStatus.COMPLETED);
		assertThat(moments(result.runId())).containsExactly("COMPLETED");

		DeliveryReport report = this.mail.deliverPending(Duration.ofSeconds(20));

		assertThat(report).isEqualTo(new DeliveryReport(1, 0, 0));
		List<MimeMessage> received = received(result.runId(), "COMPLETED");
		assertThat(received).as("one copy in each manager's mailbox").hasSize(MANAGERS.size());
		MimeMessage message = received.get(0);
		assertThat(Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString))
			.containsExactlyInAnyOrderElementsOf(MANAGERS);
		assertThat(message.getFrom()[0].toString()).isEqualTo("tasvieh@tasvieh.test");
		assertThat(message.getSubject()).contains("payroll-azar.csv", "run " + result.runId(), "COMPLETED", "4 rows",
				"3 PAID", "1 INVALID");

		String html = MailTestSupport.text(message, "text/html");
		assertThat(html).contains("dir=\"rtl\"", "lang=\"fa\"", "پرداخت‌شده", "نامعتبر", "۳", "پیوست")
			.contains("dir=\"ltr\"", "Status now: <strong>COMPLETED</strong>", "is attached")
			.contains("https://tasvieh.test/runs/" + result.runId());
		assertThat(MailTestSupport.text(message, "text/plain")).contains("payroll-azar.csv", "PAID");

		List<Part> attachments = MailTestSupport.attachments(message);
		assertThat(attachments).singleElement()
			.satisfies((part) -> assertThat(part.getFileName()).isEqualTo("payroll-azar.result.xlsx"));
		assertMatchesLedger(MailTestSupport.bytes(attachments.get(0)), result.runId());
	}

	@Test
	void mailsAnUploadWhenItWaitsForApprovalAndAgainWhenItIsPaid() throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("bonus.csv"), 3_000_000, false);
		long runId = this.runs
			.submit(new RunRequest(sheet, "bonus.csv", null, false, false, this.dir.resolve("out"), "fatemeh", null),
					new Actor("fatemeh", "10.0.0.7"))
			.runId();

		assertThat(this.mail.deliverPending(Duration.ofSeconds(20)).sent()).isOne();
		MimeMessage waiting = received(runId, "AWAITING_APPROVAL").get(0);
		assertThat(waiting.getSubject()).contains("bonus.csv", "VALIDATED", "3 READY");
		assertThat(MailTestSupport.text(waiting, "text/html")).contains("در انتظار تأیید", "waiting for a manager");
		assertThat(MailTestSupport.attachments(waiting)).singleElement()
			.satisfies((part) -> assertThat(part.getFileName()).isEqualTo("bonus.result.xlsx"));

		this.runs.approve(runId, new Actor("mehdi", "10.0.0.8"));
		await().atMost(Duration.ofSeconds(60)).until(() -> status(runId) == RunStatus.COMPLETED);
		this.mail.deliverPending(Duration.ofSeconds(20));

		MimeMessage completed = received(runId, "COMPLETED").get(0);
		assertThat(completed.getSubject()).contains("bonus.csv", "COMPLETED", "3 PAID");
		assertMatchesLedger(MailTestSupport.bytes(MailTestSupport.attachments(completed).get(0)), runId);
		assertThat(received(runId, "AWAITING_APPROVAL")).as("the first mail is not sent again")
			.hasSize(MANAGERS.size());
	}

	@Test
	void aMailServerThatIsDownDelaysMailButNeverLosesOrDoublesIt() throws Exception {
		greenMail.stop();
		long runId;
		try {
			Path sheet = MailTestSupport.sheet(this.dir.resolve("esfand.csv"), 1_500_000, false);
			runId = this.runs
				.start(new RunRequest(sheet, "esfand.csv", null, false, false, this.dir.resolve("out"), "reza",
						Duration.ZERO))
				.runId();
			assertThat(status(runId)).isEqualTo(RunStatus.TRACKING);

			DeliveryReport whileDown = this.mail.deliverPending(Duration.ofSeconds(20));
			assertThat(whileDown.sent()).isZero();
			assertThat(whileDown.failed()).isOne();
			assertThat(
					this.jdbc.queryForList("SELECT last_error FROM mail_outbox WHERE run_id = ?", String.class, runId))
				.singleElement()
				.asString()
				.isNotBlank();

			await().atMost(Duration.ofSeconds(60)).until(() -> {
				this.runs.refresh();
				return status(runId) == RunStatus.COMPLETED;
			});
			assertThat(moments(runId)).containsExactly("REPORTED", "COMPLETED");
			assertThat(this.mail.deliverPending(Duration.ofSeconds(20)).sent()).isZero();
		}
		finally {
			greenMail.start();
		}

		await("delivered once the server is back").atMost(Duration.ofSeconds(60)).until(() -> {
			this.mail.deliverDue(Duration.ofSeconds(20));
			return pending(runId) == 0;
		});
		this.mail.deliverPending(Duration.ofSeconds(20));

		assertThat(received(runId, "REPORTED")).hasSize(MANAGERS.size());
		assertThat(received(runId, "COMPLETED")).hasSize(MANAGERS.size());
		assertThat(this.jdbc.queryForList("SELECT status FROM mail_outbox WHERE run_id = ?", String.class, runId))
			.containsOnly("SENT");
	}

	@Test
	void mailsARetriedRunAgainWhenItIsReportedAndCompletedOnceMore() throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("tir.csv"), 2_500_000, false);
		long runId = this.runs
			.start(new RunRequest(sheet, "tir.csv", null, false, false, this.dir.resolve("out"), "reza",
					Duration.ofSeconds(30)))
			.runId();
		this.mail.deliverPending(Duration.ofSeconds(20));

		// What retrying the run's failed rows announces (the retry itself is another
		// feature's): paying again, reported, completed. Then the same completion again.
		announce(runId, RunStatus.COMPLETED, RunStatus.PAYING);
		announce(runId, RunStatus.PAYING, RunStatus.TRACKING);
		announce(runId, RunStatus.TRACKING, RunStatus.COMPLETED);

		assertThat(this.jdbc.queryForList(
				"SELECT CONCAT(moment, '/', round_no) FROM mail_outbox WHERE run_id = ? ORDER BY id", String.class,
				runId))
			.containsExactly("COMPLETED/0", "REPORTED/1", "COMPLETED/1");
		assertThat(this.mail.deliverPending(Duration.ofSeconds(20)).sent()).isEqualTo(2);
		assertThat(received(runId, "COMPLETED")).hasSize(MANAGERS.size());
		assertThat(received(runId, "REPORTED/1")).hasSize(MANAGERS.size());
		assertThat(received(runId, "COMPLETED/1")).hasSize(MANAGERS.size())
			.allSatisfy((message) -> assertThat(message.getSubject()).contains("(run " + runId + ", retry 1)"));
	}

	@Test
	void aMailIsWrittenOnlyWhenTheStatusChangeCommits() throws Exception {
		Path sheet = MailTestSupport.sheet(this.dir.resolve("khordad.csv"), 2_600_000, false);
		long runId = this.runs
			.submit(new RunRequest(sheet, "khordad.csv", null, false, false, this.dir.resolve("out"), "fatemeh", null),
					new Actor("fatemeh", "10.0.0.7"))
			.runId();

		assertThatThrownBy(() -> this.transactions.executeWithoutResult((tx) -> {
			this.events.publishEvent(new RunStatusChanged(runId, RunStatus.PAYING, RunStatus.COMPLETED));
			throw new IllegalStateException("the status change fails after the mail was written");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(moments(runId)).containsExactly("AWAITING_APPROVAL");
	}

	private void announce(long runId, RunStatus from, RunStatus to) {
		this.transactions.executeWithoutResult((tx) -> {
			this.jdbc.queryForList("SELECT id FROM payout_run WHERE id = ? FOR UPDATE", Long.class, runId);
			this.events.publishEvent(new RunStatusChanged(runId, from, to));
		});
	}

	private void assertMatchesLedger(byte[] workbook, long runId) throws Exception {
		List<LedgerRow> ledgerRows = this.ledger.rows(runId);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet rows = book.getSheetAt(0);
			int status = column(rows.getRow(0), "Status");
			int tracker = column(rows.getRow(0), "Tracker");
			assertThat(rows.getLastRowNum()).isEqualTo(ledgerRows.size());
			for (int r = 1; r <= rows.getLastRowNum(); r++) {
				Row row = rows.getRow(r);
				LedgerRow payout = ledgerRows.get(r - 1);
				assertThat(row.getCell(status).getStringCellValue()).isEqualTo(payout.status().name());
				assertThat(row.getCell(tracker).getStringCellValue()).isEqualTo(payout.tracker());
			}
			assertThat(book.getSheet("Summary")).isNotNull();
		}
	}

	private static int column(Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (name.equals(header.getCell(i).getStringCellValue())) {
				return i;
			}
		}
		throw new AssertionError("No column " + name);
	}

	private List<MimeMessage> received(long runId, String moment) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter((message) -> {
			try {
				String[] header = message.getHeader("X-Tasvieh-Mail");
				return header != null && header[0].equals(runId + "/" + moment);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private List<String> moments(long runId) {
		return this.jdbc.queryForList("SELECT moment FROM mail_outbox WHERE run_id = ? ORDER BY id", String.class,
				runId);
	}

	private int pending(long runId) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE run_id = ? AND status = 'PENDING'",
				Integer.class, runId);
	}

	private RunStatus status(long runId) {
		return this.runs.find(runId).map(RunView::status).orElseThrow();
	}

}
