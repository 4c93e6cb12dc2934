package ir.tasvieh.run;

/**
 * What {@code refresh} did for one run.
 *
 * @param runId the run
 * @param fileName its sheet
 * @param changed whether any payout changed (its result workbook was then rewritten)
 * @param status the run's status afterwards
 */
public record RunRefresh(long runId, String fileName, boolean changed, RunStatus status) {

}
