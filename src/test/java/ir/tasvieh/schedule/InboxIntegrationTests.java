package ir.tasvieh.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import ir.tasvieh.mail.Mail;
import ir.tasvieh.mail.MailTestSupport;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.AuditEntry;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.MessageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox folder (SPEC 9.5) with auto-approve on: a dropped sheet is run and moved,
 * paid to the end on the sandbox and mailed when it is within the limit, left waiting for
 * a manager when it is not; a file still being written is left alone, a bad one is moved
 * to {@code rejected/} with its reason, and content, not a name, decides what was run
 * before. The test calls the task itself (through the bean, so under its lock).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.inbox.auto-approve=true", "tasvieh.inbox.auto-approve-max-irr=50000000",
				"tasvieh.scheduler.lock-at-least-for=PT0S", "tasvieh.mail.to=mehdi@tasvieh.test" })
class InboxIntegrationTests {

	static final ServerSetup SMTP = MailTestSupport.smtpOnFreePort();

	static final Path INBOX = temporaryFolder().resolve("inbox");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void folderAndMailServer(DynamicPropertyRegistry registry) {
		registry.add("tasvieh.inbox.dir", INBOX::toString);
		registry.add("tasvieh.inbox.out-dir", () -> INBOX.resolveSibling("output").toString());
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	/** The MySQL subclass uses the same folder: it starts empty for each class. */
	@BeforeAll
	static void emptyInbox() throws Exception {
		if (Files.exists(INBOX.getParent())) {
			try (var files = Files.walk(INBOX.getParent())) {
				files.sorted(java.util.Comparator.reverseOrder())
					.filter((file) -> !file.equals(INBOX.getParent()))
					.forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Autowired
	ScheduledTasks tasks;

	@Autowired
	Runs runs;

	@Autowired
	Mail mail;

	@Autowired
	ApplicationContext context;

	@Test
	void theTimersAreOffUnlessTurnedOn() {
		assertThat(this.context.getBeanProvider(ScheduledAnnotationBeanPostProcessor.class).getIfAvailable())
			.as("tasvieh.scheduler.enabled is not set")
			.isNull();
	}

	@Test
	void aSheetWithinTheLimitIsRunMovedApprovedPaidAndMailed() throws Exception {
		MailTestSupport.sheet(INBOX.resolve("azar.csv"), 1_000_000, true);

		this.tasks.pollInbox();
		assertThat(INBOX.resolve("azar.csv")).as("one look is not enough to know it is complete").exists();
		this.tasks.pollInbox();

		assertThat(INBOX.resolve("azar.csv")).doesNotExist();
		assertThat(INBOX.resolve("processed/azar.csv")).exists();
		RunView run = run("azar.csv").orElseThrow();
		assertThat(run.uploadedBy()).isEqualTo("inbox");
		await().atMost(Duration.ofSeconds(60)).until(() -> status(run.id()) == RunStatus.COMPLETED);
		RunView done = this.runs.find(run.id()).orElseThrow();
		assertThat(done.approvedBy()).isEqualTo("inbox-auto-approve");
		assertThat(done.count(PayoutStatus.PAID)).isEqualTo(3);
		assertThat(done.resultPath()).isEqualTo(INBOX.resolveSibling("output").resolve("azar.result.xlsx"));
		assertThat(this.runs.auditTrail(run.id())).extracting(AuditEntry::action, AuditEntry::username)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("UPLOADED", "inbox"),
					org.assertj.core.groups.Tuple.tuple("APPROVED", "inbox-auto-approve"));

		this.mail.deliverPending(Duration.ofSeconds(20));
		assertThat(mailed(run.id())).containsExactlyInAnyOrder(run.id() + "/AWAITING_APPROVAL",
				run.id() + "/COMPLETED");
	}

	@Test
	void aSheetOverTheAutoApproveLimitWaitsForAManager() throws Exception {
		MailTestSupport.sheet(INBOX.resolve("bahman-bonus.csv"), 20_000_000, false);

		this.tasks.pollInbox();
		this.tasks.pollInbox();

		assertThat(INBOX.resolve("processed/bahman-bonus.csv")).exists();
		RunView run = run("bahman-bonus.csv").orElseThrow();
		assertThat(run.readyTotalIrr()).isGreaterThan(50_000_000);
		assertThat(run.status()).isEqualTo(RunStatus.VALIDATED);
		assertThat(run.approvedBy()).isNull();
		assertThat(this.runs.auditTrail(run.id())).extracting(AuditEntry::action).containsExactly("UPLOADED");
	}

	@Test
	void aFileStillBeingWrittenIsLeftAloneUntilItIsComplete() throws Exception {
		Path whole = MailTestSupport.sheet(INBOX.resolveSibling("staging/dey.csv"), 2_000_000, false);
		List<String> lines = Files.readAllLines(whole);
		Path growing = INBOX.resolve("dey.csv");
		Files.writeString(growing, lines.get(0) + "\n" + lines.get(1) + "\n");
		List<Path> temporary = List.of(INBOX.resolve("~$dey.xlsx"), INBOX.resolve(".dey.csv"),
				INBOX.resolve("dey.csv.part"), INBOX.resolve("upload.tmp"));
		for (Path file : temporary) {
			Files.copy(whole, file);
		}

		this.tasks.pollInbox();
		Files.writeString(growing, lines.get(2) + "\n" + lines.get(3) + "\n", java.nio.file.StandardOpenOption.APPEND);
		this.tasks.pollInbox();

		assertThat(growing).as("it grew since the last look").exists();
		assertThat(run("dey.csv")).isEmpty();

		this.tasks.pollInbox();

		assertThat(INBOX.resolve("processed/dey.csv")).hasSameTextualContentAs(whole);
		assertThat(run("dey.csv")).hasValueSatisfying((run) -> assertThat(run.rowCount()).isEqualTo(3));
		this.tasks.pollInbox();
		assertThat(temporary).as("temporary names are never touched").allMatch(Files::exists);
	}

	@Test
	void aBadFileIsMovedToRejectedWithItsReasonInPersianAndEnglish() throws Exception {
		// A zip's signature, then nothing a workbook needs.
		Files.write(INBOX.resolve("broken.xlsx"), new byte[] { 'P', 'K', 3, 4, 1, 2, 3 });
		Files.writeString(INBOX.resolve("notes.pdf"), "%PDF-1.7");

		this.tasks.pollInbox();
		this.tasks.pollInbox();

		assertThat(INBOX.resolve("rejected/broken.xlsx")).exists();
		assertThat(INBOX.resolve("rejected/broken.xlsx.txt")).content()
			.contains("broken.xlsx", "پذیرفته نشد", "was not accepted")
			.containsPattern("کد: \u2068[A-Z_]+\u2069\n")
			.containsPattern("Code: [A-Z_]+\n");
		assertThat(INBOX.resolve("rejected/notes.pdf.txt")).content()
			.contains("NOT_A_SHEET", ".xlsx", "برگهٔ پرداخت نیست", "not a payout sheet");
		assertThat(run("broken.xlsx")).isEmpty();
	}

	@Test
	void theContentDecidesWhetherASheetWasRunBeforeNotItsName() throws Exception {
		Path first = MailTestSupport.sheet(INBOX.resolve("esfand.csv"), 30_000_000, false);
		byte[] content = Files.readAllBytes(first);
		this.tasks.pollInbox();
		this.tasks.pollInbox();
		long runId = run("esfand.csv").orElseThrow().id();

		Files.write(INBOX.resolve("esfand-copy.csv"), content);
		MailTestSupport.sheet(INBOX.resolve("esfand.csv"), 31_000_000, false);
		this.tasks.pollInbox();
		this.tasks.pollInbox();

		assertThat(INBOX.resolve("rejected/esfand-copy.csv.txt")).content()
			.contains("ALREADY_RUN", "run " + runId, "اجرای شماره " + MessageText.digits(runId));
		assertThat(INBOX.resolve("processed/esfand.csv")).hasBinaryContent(content);
		assertThat(INBOX.resolve("processed/esfand-2.csv")).as("a name seen before is no reason to skip it").exists();
		assertThat(this.runs.list(100)).filteredOn((run) -> run.fileName().equals("esfand.csv")).hasSize(2);
	}

	private Optional<RunView> run(String fileName) {
		return this.runs.list(100).stream().filter((run) -> run.fileName().equals(fileName)).findFirst();
	}

	private RunStatus status(long runId) {
		return this.runs.find(runId).map(RunView::status).orElseThrow();
	}

	private List<String> mailed(long runId) {
		return Arrays.stream(greenMail.getReceivedMessages()).map((message) -> {
			try {
				return message.getHeader("X-Tasvieh-Mail")[0];
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).filter((header) -> header.startsWith(runId + "/")).toList();
	}

	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("tasvieh-inbox-test");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
