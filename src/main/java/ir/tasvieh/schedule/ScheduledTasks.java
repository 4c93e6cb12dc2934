package ir.tasvieh.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import ir.tasvieh.mail.DeliveryReport;
import ir.tasvieh.mail.Mail;
import ir.tasvieh.run.RunRefresh;
import ir.tasvieh.run.Runs;

/**
 * The timed tasks of {@code serve}. Inbox and refresh take a ShedLock lock, so of several
 * instances on one database one runs each tick and the others skip it; holding it at
 * least {@code tasvieh.scheduler.lock-at-least-for} keeps an instance whose clock is a
 * little behind from running the same tick again. The mail outbox needs no lock: each
 * mail is claimed on its own, so instances share the sending. When each runs is set in
 * {@link SchedulerConfiguration}, from the settings records.
 */
@Component
@EnableConfigurationProperties({ InboxSettings.class, RefreshSettings.class, SchedulerSettings.class })
class ScheduledTasks {

	private static final Log logger = LogFactory.getLog(ScheduledTasks.class);

	static final String INBOX = "inbox";

	static final String REFRESH = "refresh";

	static final String MAIL = "mail";

	/** The key, or the default its settings record keeps. */
	private static final String LOCK_AT_LEAST_FOR = "${tasvieh.scheduler.lock-at-least-for:"
			+ "#{T(ir.tasvieh.schedule.SchedulerSettings).DEFAULT_LOCK_AT_LEAST_FOR}}";

	private final Inbox inbox;

	private final Runs runs;

	private final Mail mail;

	private final Map<String, AtomicLong> executions = new ConcurrentHashMap<>();

	ScheduledTasks(Inbox inbox, Runs runs, Mail mail) {
		this.inbox = inbox;
		this.runs = runs;
		this.mail = mail;
	}

	@SchedulerLock(name = INBOX, lockAtLeastFor = LOCK_AT_LEAST_FOR)
	public void pollInbox() {
		executed(INBOX);
		this.inbox.poll();
	}

	@SchedulerLock(name = REFRESH, lockAtLeastFor = LOCK_AT_LEAST_FOR)
	public void refresh() {
		executed(REFRESH);
		// An approved run whose payment stopped with another instance (its lease expired)
		// is paid on here; a run any live process works on is left to it.
		this.runs.resumeInterrupted();
		List<RunRefresh> refreshed = this.runs.refresh();
		for (RunRefresh run : refreshed) {
			if (run.changed()) {
				logger.info("Refresh: run " + run.runId() + " (" + run.fileName() + ") is " + run.status());
			}
		}
	}

	public void deliverMail() {
		executed(MAIL);
		DeliveryReport report = this.mail.deliverDue(Duration.ofMinutes(1));
		if (report.failed() > 0) {
			logger.warn(
					"Mail: " + report.failed() + " not sent this time, " + report.pending() + " waiting in the outbox");
		}
	}

	/**
	 * How many times this instance ran a task (not counting ticks skipped because another
	 * instance held the lock).
	 */
	public long executions(String task) {
		AtomicLong count = this.executions.get(task);
		return (count != null) ? count.get() : 0;
	}

	private void executed(String task) {
		this.executions.computeIfAbsent(task, (name) -> new AtomicLong()).incrementAndGet();
	}

}
