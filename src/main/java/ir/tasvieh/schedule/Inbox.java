package ir.tasvieh.schedule;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.MessageText;

/**
 * Sheets dropped in the inbox (SPEC 9.5): each complete one is handed in as a run with
 * the default provider and moved to {@code processed/}, or to {@code rejected/} with the
 * reason beside it. Its content decides whether it was run before, never its name. It
 * then waits for a manager, unless {@code tasvieh.inbox.auto-approve} is on and its valid
 * total is within {@code tasvieh.inbox.auto-approve-max-irr}.
 */
@Component
class Inbox {

	private static final Log logger = LogFactory.getLog(Inbox.class);

	static final Actor INBOX = new Actor("inbox", "inbox");

	static final Actor AUTO_APPROVE = new Actor("inbox-auto-approve", "inbox");

	/** Another process is running the same content this moment: look again next tick. */
	private static final String ALREADY_RUNNING = "ALREADY_RUNNING";

	private final InboxFolder folder;

	private final Runs runs;

	private final InboxSettings settings;

	Inbox(InboxFolder folder, Runs runs, InboxSettings settings) {
		this.folder = folder;
		this.runs = runs;
		this.settings = settings;
	}

	/** Hands in every complete sheet in the inbox. */
	void poll() {
		for (Path file : this.folder.completeFiles()) {
			try {
				take(file);
			}
			catch (RuntimeException ex) {
				// Left where it is, to be tried again at the next tick.
				logger.error("Inbox: " + file.getFileName() + " could not be handed in; it stays in the inbox", ex);
			}
		}
	}

	private void take(Path file) {
		String name = file.getFileName().toString();
		if (!isSheet(name)) {
			reject(file, "NOT_A_SHEET",
					"فایل " + MessageText.quote(name) + " برگهٔ پرداخت نیست: فقط فایل‌های "
							+ MessageText.isolate(".xlsx") + "، " + MessageText.isolate(".xls") + " و "
							+ MessageText.isolate(".csv") + " پذیرفته می‌شوند.",
					"'" + name + "' is not a payout sheet: only .xlsx, .xls and .csv files are accepted.");
			return;
		}
		RunResult result = this.runs.submit(
				new RunRequest(file, name, null, false, false, this.settings.outDir(), INBOX.username(), null), INBOX);
		if (result.rejected()) {
			if (ALREADY_RUNNING.equals(result.rejection().reason())) {
				logger.info("Inbox: " + name + " is being run by another process; it is looked at again next time");
				return;
			}
			reject(file, result.rejection().reason(), result.rejection().messageFa(), result.rejection().messageEn());
			return;
		}
		if (result.failed() && result.retryLater()) {
			// The database was busy or away: not the sheet's fault. The next tick hands
			// it in again, which resumes the run.
			logger.warn("Inbox: run " + result.runId() + " of " + name + " stopped for a passing reason; it stays in"
					+ " the inbox and is handed in again next time: " + result.failure());
			return;
		}
		if (result.failed()) {
			reject(file, "RUN_FAILED",
					"اجرای شمارهٔ " + MessageText.digits(result.runId()) + " برای این فایل با خطا متوقف شد: "
							+ MessageText.isolate(result.failure())
							+ " برای ادامهٔ همان اجرا، فایل را دوباره در صندوق بگذارید.",
					"Run " + result.runId() + " of this sheet stopped with an error: " + result.failure()
							+ " Drop the sheet in the inbox again to resume that run.");
			return;
		}
		Path moved = this.folder.processed(file);
		logger.info("Inbox: " + name + " is run " + result.runId() + " (" + result.status() + "); moved to "
				+ this.folder.dir().relativize(moved));
		if (result.status() == RunStatus.VALIDATED && this.settings.autoApprove()) {
			autoApprove(result.runId());
		}
	}

	private void autoApprove(long runId) {
		Optional<RunView> run = this.runs.find(runId);
		if (run.isEmpty()) {
			return;
		}
		long total = run.get().readyTotalIrr();
		Long cap = this.settings.autoApproveMaxIrr();
		if (cap != null && total > cap) {
			logger.info("Inbox: run " + runId + " waits for a manager: its valid rows total " + total
					+ " rials, above tasvieh.inbox.auto-approve-max-irr (" + cap + ")");
			return;
		}
		try {
			this.runs.approve(runId, AUTO_APPROVE);
			logger.info("Inbox: run " + runId + " approved automatically (" + total + " rials); paying it");
		}
		catch (RunActionRefused refused) {
			logger.warn("Inbox: run " + runId + " was not approved automatically and waits for a manager: "
					+ refused.messageEn());
		}
	}

	private void reject(Path file, String code, String messageFa, String messageEn) {
		String name = file.getFileName().toString();
		String reason = "فایل " + MessageText.quote(name) + " پذیرفته نشد.\n" + messageFa + "\nکد: "
				+ MessageText.isolate(code) + "\n\nThe sheet '" + name + "' was not accepted.\n" + messageEn
				+ "\nCode: " + code + "\nAt: " + Instant.now() + "\n";
		try {
			Path moved = this.folder.rejected(file, reason);
			logger.warn("Inbox: " + name + " rejected (" + code + ") and moved to "
					+ this.folder.dir().relativize(moved) + ": " + messageEn);
		}
		catch (UncheckedIOException ex) {
			logger.error("Inbox: " + name + " was rejected (" + code + ") but could not be moved", ex);
		}
	}

	private static boolean isSheet(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".csv");
	}

}
