package ir.tasvieh.run;

/**
 * A decision on payouts in doubt waits for a second manager (four eyes). Published inside
 * the transaction that records it.
 *
 * @param decisionId the decision
 * @param runId its run
 */
public record DecisionProposed(long decisionId, long runId) {

}
