package ir.tasvieh.run;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * An {@link OutOfMemoryError} leaves a process that may have lost any piece of work
 * half-way, so a server that hit one must not keep paying: it is logged at ERROR and the
 * process ends at once, and the next start resumes what it was doing (SPEC 6). The
 * launcher ({@code bin/tasvieh}) also starts Java with
 * {@code -XX:+ExitOnOutOfMemoryError}, which ends it even where no code of tasvieh sees
 * the error; this is for a plain {@code java -jar}.
 */
final class OutOfMemory {

	private static final Log logger = LogFactory.getLog(OutOfMemory.class);

	/** As the command line's "the job failed; running it again resumes it". */
	private static final int EXIT_CODE = 4;

	/** Ends the process when a thread of tasvieh's own dies of it. */
	static final Thread.UncaughtExceptionHandler ENDS_THE_PROCESS = (thread, failure) -> {
		if (isIn(failure)) {
			endProcess("in thread " + thread.getName(), failure);
		}
		else {
			logger.error("Thread " + thread.getName() + " stopped", failure);
		}
	};

	private OutOfMemory() {
	}

	/** Whether the failure is, or was caused by, running out of memory. */
	static boolean isIn(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof OutOfMemoryError) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/** Logs the error at ERROR and halts: shutdown hooks could need memory too. */
	static void endProcess(String doing, Throwable failure) {
		try {
			logger.error("Out of memory " + doing + ": ending the process; the work it was doing is resumed at the"
					+ " next start (" + failure + ")");
		}
		finally {
			Runtime.getRuntime().halt(EXIT_CODE);
		}
	}

}
