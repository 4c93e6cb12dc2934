package ir.tasvieh.mail;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import ir.tasvieh.mail.Outbox.OutboxMail;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

/**
 * Delivers the mail outbox. Each mail is claimed before it is sent, so two instances
 * never send the same one; one that cannot be sent stays in the outbox and is tried again
 * after a wait that doubles each time ({@code tasvieh.mail.retry-first} up to
 * {@code retry-max}): a mail server that is down delays mail and never loses it. The
 * timer of {@code serve} calls {@link #deliverDue}, the one-shot commands
 * {@link #deliverPending} before they exit.
 */
@Service
@EnableConfigurationProperties(MailSettings.class)
public class Mail {

	private static final Log logger = LogFactory.getLog(Mail.class);

	private static final int ROUND = 20;

	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	private final Outbox outbox;

	private final MailSwitch mailSwitch;

	private final MailSettings settings;

	private final RunMail runMail;

	private final MailDelivery delivery;

	private final Runs runs;

	Mail(Outbox outbox, MailSwitch mailSwitch, MailSettings settings, RunMail runMail, MailDelivery delivery,
			Runs runs) {
		this.outbox = outbox;
		this.mailSwitch = mailSwitch;
		this.settings = settings;
		this.runMail = runMail;
		this.delivery = delivery;
		this.runs = runs;
	}

	/**
	 * Sends the mails that are due (their wait after a failed attempt is over), for up to
	 * {@code within}.
	 */
	public DeliveryReport deliverDue(Duration within) {
		return deliver(within, false);
	}

	/**
	 * Tries every mail in the outbox once, also those still waiting after a failed
	 * attempt, for up to {@code within}: what a command run by hand does before it exits.
	 */
	public DeliveryReport deliverPending(Duration within) {
		return deliver(within, true);
	}

	/** {@code tasvieh.mail.send-interval}: how often the outbox is to be looked at. */
	public Duration sendInterval() {
		return this.settings.sendInterval();
	}

	/**
	 * Whether mail is configured ({@code spring.mail.host} and {@code tasvieh.mail.to}).
	 */
	public boolean enabled() {
		return this.mailSwitch.on();
	}

	private DeliveryReport deliver(Duration within, boolean alsoWaiting) {
		if (!this.mailSwitch.on()) {
			return new DeliveryReport(0, 0, this.outbox.pending());
		}
		Instant deadline = Instant.now().plus(within);
		Set<Long> tried = new HashSet<>();
		int sent = 0;
		int failed = 0;
		while (Instant.now().isBefore(deadline)) {
			List<Long> candidates = this.outbox.due(ROUND + tried.size(), alsoWaiting)
				.stream()
				.filter((id) -> !tried.contains(id))
				.toList();
			if (candidates.isEmpty()) {
				break;
			}
			for (Long id : candidates) {
				tried.add(id);
				Optional<OutboxMail> claimed = this.outbox.claim(id, this.owner, this.settings.claimFor(), alsoWaiting);
				if (claimed.isPresent()) {
					if (send(claimed.get())) {
						sent++;
					}
					else {
						failed++;
					}
				}
				if (!Instant.now().isBefore(deadline)) {
					break;
				}
			}
		}
		return new DeliveryReport(sent, failed, this.outbox.pending());
	}

	private boolean send(OutboxMail mail) {
		String what = "run " + mail.runId() + " (" + mail.moment() + ")";
		try {
			Optional<RunView> run = this.runs.find(mail.runId());
			if (run.isEmpty()) {
				throw new IllegalStateException("run " + mail.runId() + " is not in the database");
			}
			String refused = this.delivery.send(mail, this.runMail.compose(mail, run.get()));
			this.outbox.sent(mail.id(), this.owner, refused);
			logger.info("Mailed " + what + " to " + String.join(", ", mail.recipients())
					+ ((refused != null) ? "; " + refused : ""));
			return true;
		}
		catch (RuntimeException ex) {
			// A server that is down, and also a bug in composing: the mail waits either
			// way.
			Duration wait = this.settings.backOff(mail.attempts() + 1);
			String error = this.delivery.describe(ex);
			this.outbox.failed(mail.id(), this.owner, error, wait);
			logger.warn("Could not mail " + what + " (attempt " + (mail.attempts() + 1) + "), trying again in "
					+ wait.toSeconds() + " s: " + error);
			return false;
		}
	}

}
