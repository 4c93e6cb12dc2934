package ir.tasvieh.run;

import java.time.Instant;

/**
 * One line of a run's audit trail.
 *
 * @param runId the run
 * @param action what was done: {@code UPLOADED}, {@code APPROVED}, {@code REJECTED},
 * {@code RETRIED}, {@code RESUMED}, {@code DOWNLOADED}, ...
 * @param username who did it
 * @param address from where
 * @param at when
 * @param detail what else is worth knowing, or {@code null}
 */
public record AuditEntry(long runId, String action, String username, String address, Instant at, String detail) {

}
