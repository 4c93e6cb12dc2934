package ir.tasvieh.mail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import ir.tasvieh.mail.Outbox.OutboxMail;
import ir.tasvieh.payout.FailedRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * A run's mail as composed from the run: subject, summary tables in Persian and English,
 * and the workbook attached or, when too large, linked.
 */
class RunMailTests {

	@TempDir
	Path dir;

	@Test
	void namesTheFileTheStatusAndTheCountsInTheSubject() throws Exception {
		RunMail.Composed mail = compose(settings(DataSize.ofMegabytes(10)), new RunLinks(null), workbook(100));

		assertThat(mail.subject())
			.isEqualTo("tasvieh: payroll.xlsx (run 12) TRACKING - 1,204 rows: 2 INVALID, 1,200 SUBMITTED, 2 PAID");
	}

	@Test
	void countsInternalStatusesAsSubmittedLikeTheWorkbook() throws Exception {
		RunMail.Composed mail = compose(settings(DataSize.ofMegabytes(10)), new RunLinks(null), workbook(100));

		assertThat(mail.html()).doesNotContain("SUBMITTING", "UNKNOWN")
			.contains("1,200", "۱٬۲۰۰", "ارسال‌شده، در انتظار نتیجه");
	}

	@Test
	void showsRialTotalsPerStatusAndPerBankInPersianAndEnglish() throws Exception {
		RunMail.Composed mail = compose(settings(DataSize.ofMegabytes(10)), new RunLinks(null), workbook(100));

		assertThat(mail.html()).contains("۱۲٬۰۰۰٬۰۰۰٬۰۰۰", "12,000,000,000", "بانک ملت", "Total (IRR)", "جمع (ریال)")
			.contains("در حال پیگیری", "Status now: <strong>TRACKING</strong>")
			.doesNotContain("runs/12");
		assertThat(mail.text()).contains("payroll.xlsx", "1,200 rows, 12,000,000,000 IRR");
	}

	@Test
	void attachesTheWorkbookAndLinksTheRunPageWhenTheWebAddressIsKnown() throws Exception {
		Path workbook = workbook(100);

		RunMail.Composed mail = compose(settings(DataSize.ofMegabytes(10)),
				new RunLinks(java.net.URI.create("https://tasvieh.example")), workbook);

		assertThat(mail.attachment()).isEqualTo(workbook);
		assertThat(mail.html()).contains("href=\"https://tasvieh.example/runs/12\"", "is attached");
	}

	@Test
	void linksAWorkbookLargerThanTheAttachmentLimitInsteadOfAttachingIt() throws Exception {
		RunMail.Composed mail = compose(settings(DataSize.ofBytes(1024)),
				new RunLinks(java.net.URI.create("https://tasvieh.example/")), workbook(4096));

		assertThat(mail.attachment()).isNull();
		assertThat(mail.html()).contains("https://tasvieh.example/runs/12/result", "larger than", "بزرگ‌تر")
			.doesNotContain("is attached");
	}

	@Test
	void saysWhereATooLargeWorkbookIsWhenThereIsNoWebAddress() throws Exception {
		Path workbook = workbook(4096);

		RunMail.Composed mail = compose(settings(DataSize.ofBytes(1024)), new RunLinks(null), workbook);

		assertThat(mail.attachment()).isNull();
		assertThat(mail.html()).contains(workbook.toAbsolutePath().toString()).doesNotContain("/runs/12");
	}

	@Test
	void saysSoWhenTheWorkbookIsNotThere() {
		RunMail.Composed mail = compose(settings(DataSize.ofMegabytes(10)), new RunLinks(null),
				this.dir.resolve("missing.result.xlsx"));

		assertThat(mail.attachment()).isNull();
		assertThat(mail.html()).contains("has not been written yet", "هنوز نوشته نشده");
	}

	@Test
	void aStoppedRunsMailSaysWhoStoppedItWhyAndWhatWasNeverSent() {
		RunView run = new RunView(12, "payroll.xlsx", "ab".repeat(32), "nextpay", RunStatus.STOPPED, false, "fatemeh",
				"mehdi", Instant.parse("2026-11-23T08:00:00Z"), null, "Stopped by mehdi: wrong sheet",
				List.of(new Tally("PAID", 2, 20_000_000), new Tally("CANCELED", 3, 30_000_000)), List.of(),
				this.dir.resolve("missing.result.xlsx"));
		Runs runs = mock(Runs.class);
		when(runs.failures(12, RunMail.MAX_FAILURES + 1)).thenReturn(List.of(new FailedRow(3, "Payee 3",
				PayoutStatus.CANCELED, 10_000_000L, "stopped by mehdi before sending: wrong sheet")));
		OutboxMail mail = new OutboxMail(7, 12, MailMoment.STOPPED, 0, List.of("mehdi@tasvieh.test"), 0);

		RunMail.Composed composed = new RunMail(new MailTemplates(), settings(DataSize.ofMegabytes(10)),
				new RunLinks(null), runs, null)
			.compose(mail, run);

		assertThat(composed.subject()).contains("STOPPED", "3 CANCELED");
		assertThat(composed.html()).contains("Stopped by mehdi: wrong sheet",
				"stopped by mehdi before sending: wrong sheet", "the rows never sent are listed as CANCELED", "متوقف");
	}

	private RunMail.Composed compose(MailSettings settings, RunLinks web, Path workbook) {
		RunView run = new RunView(12, "payroll.xlsx", "ab".repeat(32), "nextpay", RunStatus.TRACKING, false, "fatemeh",
				"mehdi", Instant.parse("2026-11-23T08:00:00Z"), null, null,
				List.of(new Tally("PAID", 2, 20_000_000), new Tally("SUBMITTING", 1, 10_000_000),
						new Tally("INVALID", 2, 5_000), new Tally("SUBMITTED", 1_199, 11_990_000_000L)),
				List.of(new Tally("بانک ملت", 1_202, 12_020_000_000L)), workbook);
		OutboxMail mail = new OutboxMail(7, 12, MailMoment.REPORTED, 0, List.of("mehdi@tasvieh.test"), 0);
		return new RunMail(new MailTemplates(), settings, web, null, null).compose(mail, run);
	}

	private static MailSettings settings(DataSize maxAttachment) {
		return new MailSettings(List.of("mehdi@tasvieh.test"), null, maxAttachment, null, null, null, null);
	}

	private Path workbook(int bytes) throws Exception {
		return Files.write(this.dir.resolve("payroll.result.xlsx"), new byte[bytes]);
	}

}
