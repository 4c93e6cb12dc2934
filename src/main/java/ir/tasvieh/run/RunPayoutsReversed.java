package ir.tasvieh.run;

/**
 * Some of a run's paid rows were returned by the bank ({@code REVERSED}, SPEC 5).
 * Published each time they are counted; a listener acts once per count.
 *
 * @param runId the run
 * @param reversed how many of its rows are reversed now
 */
public record RunPayoutsReversed(long runId, int reversed) {

}
