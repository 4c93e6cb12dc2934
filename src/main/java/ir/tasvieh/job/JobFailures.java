package ir.tasvieh.job;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import ir.tasvieh.database.DatabaseRetry;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.sheet.SheetRejected;

/**
 * Says why a job stopped in a sentence a person can act on; the exception, with its SQL
 * and class names, goes to the log only.
 */
final class JobFailures {

	private static final Log logger = LogFactory.getLog(JobFailures.class);

	static final String DATABASE_BUSY = "The database was busy or could not be reached, so this run stopped before"
			+ " it was done; nothing was lost and nobody is paid twice. It goes on where it stopped when it is"
			+ " started again, which the timers do by themselves for approved runs and inbox sheets.";

	static final String STOPPED = "tasvieh was stopped while this run was being paid; what was sent is recorded,"
			+ " and the rest is paid when tasvieh starts again.";

	private JobFailures() {
	}

	/** A job that could not even be started. */
	static JobOutcome notStarted(long runId, Throwable failure) {
		return failed(runId, failure, List.of());
	}

	/** A job that stopped on {@code failure}, with the ledger as it now is. */
	static JobOutcome failed(long runId, Throwable failure, List<Tally> byStatus) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PaymentRefused refused) {
				return new JobOutcome(false, null, byStatus, null, refused.getMessage(), false);
			}
			if (cause instanceof PaymentInterrupted) {
				return new JobOutcome(false, null, byStatus, null, STOPPED, true);
			}
		}
		if (DatabaseRetry.isTransient(failure)) {
			logger.warn("Run " + runId + " stopped because the database was busy or out of reach: " + root(failure));
			logger.debug("Run " + runId + " stopped", failure);
			return new JobOutcome(false, null, byStatus, null, DATABASE_BUSY, true);
		}
		logger.warn("Run " + runId + " stopped: " + root(failure));
		logger.debug("Run " + runId + " stopped", failure);
		return new JobOutcome(false, null, byStatus, null,
				"Run " + runId + " stopped on an unexpected error ("
						+ "tasvieh's log says which); nothing was lost and nobody is paid twice when it is resumed.",
				false);
	}

	private static String root(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getName() + ": " + root.getMessage();
	}

	/**
	 * Running out of memory is not a run's failure but the process's: it is never written
	 * into a run's message. It goes on up, so that the process ends (issue 21) and the
	 * run is resumed at the next start.
	 */
	static void rethrowIfOutOfMemory(long runId, Throwable failure) {
		for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError error) {
				logger.error("Run " + runId + " ran out of memory", error);
				throw error;
			}
		}
	}

	static SheetRejected rejection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SheetRejected rejected) {
				return rejected;
			}
		}
		return null;
	}

}
