/**
 * Mail to managers at a run's moments (waiting for approval, reported after payment,
 * completed): written to an outbox in the transaction that changes the run, delivered by
 * a sender that retries and never sends a mail twice.
 */
@ApplicationModule(allowedDependencies = { "run", "payout::values" })
package ir.tasvieh.mail;

import org.springframework.modulith.ApplicationModule;
