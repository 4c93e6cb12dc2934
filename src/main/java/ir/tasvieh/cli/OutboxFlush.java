package ir.tasvieh.cli;

import java.io.PrintStream;
import java.time.Duration;

import org.springframework.stereotype.Component;

import ir.tasvieh.mail.DeliveryReport;
import ir.tasvieh.mail.Mail;

/**
 * Before a one-shot command exits, tries the mails in the outbox (the ones it has just
 * written and any left over), for a bounded time; what the mail server does not take
 * stays in the outbox and the user is told who will send it.
 */
@Component
class OutboxFlush {

	/**
	 * Long enough for a few mails with attachments, short enough not to hold a script.
	 */
	static final Duration WITHIN = Duration.ofSeconds(20);

	private final Mail mail;

	OutboxFlush(Mail mail) {
		this.mail = mail;
	}

	void deliver(PrintStream out) {
		if (!this.mail.enabled()) {
			return;
		}
		DeliveryReport report = this.mail.deliverPending(WITHIN);
		if (report.sent() > 0) {
			out.println("Mail: " + report.sent() + ((report.sent() == 1) ? " mail" : " mails") + " sent.");
		}
		if (report.pending() > 0) {
			out.println("Mail: " + report.pending() + ((report.pending() == 1) ? " mail stays" : " mails stay")
					+ " in the outbox (the mail server did not take " + ((report.pending() == 1) ? "it" : "them")
					+ " now); the next `serve` or `refresh` sends " + ((report.pending() == 1) ? "it." : "them."));
		}
	}

}
