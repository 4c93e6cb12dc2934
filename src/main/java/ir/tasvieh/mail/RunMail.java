package ir.tasvieh.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import ir.tasvieh.mail.Outbox.OutboxMail;
import ir.tasvieh.payout.FailedRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Decisions;
import ir.tasvieh.run.RunOutcome;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

/**
 * A run's mail as it is at the time of sending: the subject names the file, the run's
 * status and its counts; the body (Persian, right-to-left, then English) has the count
 * and rial total per status and per bank, the rows that failed with the provider's words
 * for why, and a link to the run's page; the result workbook is attached, or linked when
 * it is larger than {@code tasvieh.mail.max-attachment}.
 */
@Component
class RunMail {

	private final MailTemplates templates;

	private final MailSettings settings;

	/** A mail lists this many failed rows at most; the workbook has every one. */
	static final int MAX_FAILURES = 50;

	private final RunLinks web;

	private final Runs runs;

	private final Decisions decisions;

	RunMail(MailTemplates templates, MailSettings settings, RunLinks web, Runs runs, Decisions decisions) {
		this.runs = runs;
		this.decisions = decisions;
		this.templates = templates;
		this.settings = settings;
		this.web = web;
	}

	Composed compose(OutboxMail mail, RunView run) {
		List<Line> statuses = lines(reported(run.byStatus()), PersianText::payoutStatus);
		List<Line> banks = lines(run.byBank(), (bank) -> bank);
		Path workbook = workbook(run.resultPath());
		boolean attach = workbook != null && size(workbook) <= this.settings.maxAttachment().toBytes();
		Map<String, Object> model = new HashMap<>();
		model.put("run", run);
		model.put("momentFa", mail.moment().fa());
		model.put("momentEn", mail.moment().en());
		int round = mail.moment().ofRound() ? mail.round() : 0;
		model.put("round", round);
		model.put("roundFa", PersianText.number(round));
		advise(model, mail, run);
		boolean withFailures = run.completedWithFailures();
		model.put("shownStatus", RunOutcome.shown(run.status(), run.byStatus()));
		model.put("statusFa", withFailures ? "پایان‌یافته، با ردیف‌های ناموفق" : PersianText.runStatus(run.status()));
		List<FailedRow> failures = (run.failedCount() + run.count(PayoutStatus.UNKNOWN) > 0)
				? this.runs.failures(run.id(), MAX_FAILURES + 1) : List.of();
		model.put("failures", failures.stream().limit(MAX_FAILURES).map(RunMail::failure).toList());
		model.put("moreFailures", failures.size() > MAX_FAILURES);
		model.put("runIdFa", PersianText.number(run.id()));
		// Maps, not the records: the template's expressions cannot call into
		// package-private types.
		model.put("statuses", statuses.stream().map(Line::asMap).toList());
		model.put("banks", banks.stream().map(Line::asMap).toList());
		model.put("total", total(statuses).asMap());
		model.put("runLink", this.web.runLink(run.id(), ""));
		model.put("attached", attach);
		model.put("workbookName", (workbook != null) ? workbook.getFileName().toString() : null);
		model.put("workbookLink", (workbook != null && !attach) ? this.web.runLink(run.id(), "/result") : null);
		model.put("workbookPath", (workbook != null) ? workbook.toAbsolutePath().toString() : null);
		model.put("maxAttachment", this.settings.maxAttachment().toMegabytes() + " MB");
		String tag = (mail.moment().tag() != null) ? mail.moment().tag() + ": " : "";
		return new Composed(tag + subject(run, round, statuses), this.templates.html("mail/run", model),
				this.templates.text("mail/run", model), attach ? workbook : null);
	}

	/**
	 * What a manager can do now, for a moment that asks something of one (SPEC 6.1), in
	 * Persian and English; nothing for the others.
	 */
	private void advise(Map<String, Object> model, OutboxMail mail, RunView run) {
		String fa = null;
		String en = null;
		if (mail.moment() == MailMoment.NEEDS_ATTENTION) {
			fa = "ردیف‌های نامعلوم زیر را در پنل خود ارائه‌دهنده بررسی کنید و سپس در صفحهٔ اجرا (یا با فرمان \u2068resolve\u2069)"
					+ " تصمیم بگیرید: «پرداخت‌شده» با شمارهٔ پیگیری ارائه‌دهنده، «ناموفق»، یا «دریافت‌نشده» تا با همان"
					+ " شناسه دوباره فرستاده شود. تسویه این ردیف‌ها را خودبه‌خود دوباره نمی‌فرستد.";
			en = "Look the rows in doubt below up in the provider's own panel, then decide on the run's page (or with"
					+ " resolve): PAID with the provider's reference, FAILED, or NOT_RECEIVED to send it again under the"
					+ " same tracker. tasvieh never sends these rows again on its own.";
		}
		else if (mail.moment() == MailMoment.REVERSED) {
			fa = "بانک پرداختی را که انجام شده بود برگرداند؛ دلیل هر ردیف در فهرست زیر آمده است. با گیرنده و بانک او تماس بگیرید"
					+ " و پس از اصلاح، ردیف را در فهرستی تازه دوباره بفرستید.";
			en = "The bank returned a row that had been paid; the list below says why for each. Check with the payee"
					+ " and their bank, then pay the row again in a new sheet once it is corrected.";
		}
		else if (mail.moment() == MailMoment.DECISION_PROPOSED) {
			Decision decision = this.decisions.decision(mail.round()).orElse(null);
			if (decision != null) {
				String rows = decision.rows().stream().map(String::valueOf).collect(Collectors.joining(", "));
				String ref = (decision.providerRef() != null) ? " (" + decision.providerRef() + ")" : "";
				String refFa = (decision.providerRef() != null)
						? " (" + PersianText.isolate(decision.providerRef()) + ")" : "";
				String rowsFa = decision.rows()
					.stream()
					.map((row) -> PersianText.number(row))
					.collect(Collectors.joining("، "));
				fa = "تصمیم شمارهٔ " + PersianText.number(decision.id()) + " از "
						+ PersianText.isolate(decision.proposedBy()) + ": ردیف " + rowsFa + " ← "
						+ PersianText.isolate(decision.outcome()) + refFa + "؛ یادداشت: "
						+ PersianText.isolate(decision.note())
						+ ". مدیر دیگری باید آن را در صفحهٔ اصلی یا صفحهٔ اجرا تأیید کند.";
				en = "Decision " + decision.id() + " by " + decision.proposedBy() + ": rows " + rows + " -> "
						+ decision.outcome() + ref + "; note: " + decision.note()
						+ ". Another manager confirms it on the home page or the run's page (POST /api/decisions/"
						+ decision.id() + "/confirm). Status now: " + decision.status() + ".";
			}
		}
		model.put("adviceFa", fa);
		model.put("adviceEn", en);
	}

	private static Map<String, String> failure(FailedRow row) {
		String reason = (row.reason() != null) ? row.reason() : "—";
		String name = (row.name() != null) ? row.name() : "";
		return Map.of("row", Integer.toString(row.rowNo()), "rowFa", PersianText.number(row.rowNo()), "name", name,
				"status", row.status().name(), "statusFa", PersianText.payoutStatus(row.status().name()), "reason",
				reason);
	}

	private static String subject(RunView run, int round, List<Line> statuses) {
		StringBuilder counts = new StringBuilder();
		for (Line line : statuses) {
			counts.append((counts.length() > 0) ? ", " : "")
				.append(PersianText.latinNumber(line.countValue()))
				.append(' ')
				.append(line.key());
		}
		long rows = statuses.stream().mapToLong(Line::countValue).sum();
		return "tasvieh: " + run.fileName() + " (run " + run.id() + ((round > 0) ? ", retry " + round : "") + ") "
				+ RunOutcome.shown(run.status(), run.byStatus()) + " - " + PersianText.latinNumber(rows)
				+ ((rows == 1) ? " row" : " rows") + ((counts.length() > 0) ? ": " + counts : "");
	}

	private static Path workbook(Path resultPath) {
		return (resultPath != null && Files.isRegularFile(resultPath)) ? resultPath : null;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return Long.MAX_VALUE;
		}
	}

	/**
	 * SUBMITTING is internal: like the workbook, a mail counts it as SUBMITTED; UNKNOWN
	 * (in doubt) is shown as it is. Ordered as the statuses are.
	 */
	private static List<Tally> reported(List<Tally> byStatus) {
		Map<PayoutStatus, Tally> merged = new LinkedHashMap<>();
		byStatus.stream()
			.sorted(Comparator.comparing((Tally tally) -> PayoutStatus.valueOf(tally.key())))
			.forEach((tally) -> {
				PayoutStatus status = PayoutStatus.valueOf(tally.key()).reported();
				merged.merge(status, new Tally(status.name(), tally.count(), tally.totalIrr()),
						(a, b) -> new Tally(a.key(), a.count() + b.count(), a.totalIrr() + b.totalIrr()));
			});
		return merged.values()
			.stream()
			.sorted(Comparator.comparing((Tally tally) -> PayoutStatus.valueOf(tally.key())))
			.toList();
	}

	private static List<Line> lines(List<Tally> tallies, UnaryOperator<String> labelFa) {
		List<Line> lines = new ArrayList<>();
		for (Tally tally : tallies) {
			lines.add(new Line(tally.key(), labelFa.apply(tally.key()), tally.count(), tally.totalIrr()));
		}
		return lines;
	}

	private static Line total(List<Line> statuses) {
		return new Line("all", "همه", statuses.stream().mapToLong(Line::countValue).sum(),
				statuses.stream().mapToLong(Line::totalValue).sum());
	}

	/**
	 * A mail ready to send: subject, HTML and plain-text bodies, the workbook to attach.
	 */
	record Composed(String subject, String html, String text, Path attachment) {

	}

	/** One row of a summary table, its numbers in Persian and Latin digits. */
	record Line(String key, String labelFa, long countValue, long totalValue) {

		Map<String, String> asMap() {
			return Map.of("key", this.key, "labelFa", this.labelFa, "count", PersianText.latinNumber(this.countValue),
					"total", PersianText.latinNumber(this.totalValue), "countFa", PersianText.number(this.countValue),
					"totalFa", PersianText.number(this.totalValue));
		}

	}

}
