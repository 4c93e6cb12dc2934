package ir.tasvieh.run;

/**
 * A run has had a payout in doubt for longer than
 * {@code tasvieh.tracking.attention-after} (docs/SPEC.md section 6.1). Published each
 * time it is found so; a listener acts once per run.
 *
 * @param runId the run
 */
public record RunNeedsAttention(long runId) {

}
