package ir.tasvieh.run;

import java.util.function.IntConsumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.stereotype.Component;

/**
 * An {@link OutOfMemoryError} leaves a process that may have lost any piece of work
 * half-way, so a server that hit one must not keep paying: it is logged at ERROR and the
 * process ends at once, and the next start resumes what it was doing (SPEC 6). The
 * launcher ({@code bin/tasvieh}) also starts Java with
 * {@code -XX:+ExitOnOutOfMemoryError}, which ends it even where no code of tasvieh sees
 * the error; this is for a plain {@code java -jar}.
 */
@Component
class OutOfMemory {

	private static final Log logger = LogFactory.getLog(OutOfMemory.class);

	/** As the command line's "the job failed; running it again resumes it". */
	static final int EXIT_CODE = 4;

	/**
	 * For threads made where no bean is at hand (payment's): one that dies of it ends the
	 * process.
	 */
	static final Thread.UncaughtExceptionHandler ENDS_THE_PROCESS = new OutOfMemory().endsTheProcess();

	/** Halts rather than exits: shutdown hooks could need memory too. */
	private final IntConsumer halt;

	OutOfMemory() {
		this(Runtime.getRuntime()::halt);
	}

	OutOfMemory(IntConsumer halt) {
		this.halt = halt;
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

	/** Logs the error at ERROR and ends the process. */
	void endProcess(String doing, Throwable failure) {
		try {
			logger.error("Out of memory " + doing + ": ending the process; the work it was doing is resumed at the"
					+ " next start (" + failure + ")");
		}
		finally {
			this.halt.accept(EXIT_CODE);
		}
	}

	/** For the threads of tasvieh's own: one that dies of it ends the process. */
	Thread.UncaughtExceptionHandler endsTheProcess() {
		return (thread, failure) -> {
			if (isIn(failure)) {
				endProcess("in thread " + thread.getName(), failure);
			}
			else {
				logger.error("Thread " + thread.getName() + " stopped", failure);
			}
		};
	}

}
