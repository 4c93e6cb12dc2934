package ir.tasvieh.job;

import org.springframework.modulith.NamedInterface;

/**
 * Published as payouts of a run are sent, so that the terminal or a page can show
 * progress.
 *
 * @param runId the run
 * @param count how many were just sent
 */
@NamedInterface("progress")
public record PayoutsSent(long runId, int count) {

}
