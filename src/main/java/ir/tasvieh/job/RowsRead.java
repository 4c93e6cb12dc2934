package ir.tasvieh.job;

import org.springframework.modulith.NamedInterface;

/**
 * Published as the job reads a sheet, so that the terminal or a page can show progress.
 *
 * @param runId the run
 * @param rows rows read so far
 * @param invalid rows found invalid so far
 */
@NamedInterface("progress")
public record RowsRead(long runId, long rows, long invalid) {

}
