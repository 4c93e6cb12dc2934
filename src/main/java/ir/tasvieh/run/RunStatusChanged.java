package ir.tasvieh.run;

/**
 * A run moved from one status to another. Published synchronously inside the transaction
 * that changes the status, so a listener's own writes (say, a mail in the outbox) commit
 * or roll back with the change.
 *
 * @param runId the run
 * @param from the status it had
 * @param to the status it has now
 */
public record RunStatusChanged(long runId, RunStatus from, RunStatus to) {

}
