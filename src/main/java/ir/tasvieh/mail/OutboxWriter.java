package ir.tasvieh.mail;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.DecisionProposed;
import ir.tasvieh.run.RunNeedsAttention;
import ir.tasvieh.run.RunPayoutsReversed;
import ir.tasvieh.run.RunStatusChanged;

/**
 * Hears every change of a run's status and, at a mail moment, writes the run's mail to
 * the outbox. It listens synchronously, inside the transaction that changes the status,
 * so the mail is written if and only if the change commits: no mail is lost to a crash
 * between the two, and none is written for a change that was rolled back.
 */
@Component
class OutboxWriter {

	private static final Log logger = LogFactory.getLog(OutboxWriter.class);

	private final Outbox outbox;

	private final MailSwitch mailSwitch;

	private final MailSettings settings;

	OutboxWriter(Outbox outbox, MailSwitch mailSwitch, MailSettings settings) {
		this.outbox = outbox;
		this.mailSwitch = mailSwitch;
		this.settings = settings;
	}

	@EventListener
	void on(RunStatusChanged change) {
		MailMoment moment = MailMoment.of(change.from(), change.to());
		if (moment == null || !this.mailSwitch.on()) {
			return;
		}
		if (this.outbox.write(change.runId(), moment, this.settings.to())) {
			logger.debug("Run " + change.runId() + " " + change.from() + " -> " + change.to() + ": mail " + moment
					+ " written to the outbox");
		}
	}

	/** Once per run, however often the run is found needing attention. */
	@EventListener
	void on(RunNeedsAttention attention) {
		if (this.mailSwitch.on()
				&& this.outbox.writeOnce(attention.runId(), MailMoment.NEEDS_ATTENTION, 0, this.settings.to())) {
			logger.info("Run " + attention.runId() + " needs attention: mail written to the outbox");
		}
	}

	/** Once for each new count of a run's reversed rows. */
	@EventListener
	void on(RunPayoutsReversed reversed) {
		if (this.mailSwitch.on() && this.outbox.writeOnce(reversed.runId(), MailMoment.REVERSED, reversed.reversed(),
				this.settings.to())) {
			logger.info("Run " + reversed.runId() + ": " + reversed.reversed() + " paid rows returned; mail written");
		}
	}

	/** To the managers, once per decision, in the transaction that records it. */
	@EventListener
	void on(DecisionProposed proposed) {
		if (this.mailSwitch.on()) {
			this.outbox.writeOnce(proposed.runId(), MailMoment.DECISION_PROPOSED, proposed.decisionId(),
					this.settings.to());
		}
	}

}
