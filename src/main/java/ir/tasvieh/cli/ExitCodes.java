package ir.tasvieh.cli;

/** The exit codes of SPEC section 2. */
final class ExitCodes {

	/** The run completed and every row is READY (dry run) or PAID. */
	static final int OK = 0;

	/**
	 * The run completed but some rows are INVALID, FAILED, CANCELED, REVERSED, SUBMITTED
	 * or UNKNOWN (in doubt).
	 */
	static final int SOME_ROWS_NOT_DONE = 1;

	/** Bad usage or configuration. */
	static final int USAGE = 2;

	/** The sheet was rejected as a whole. */
	static final int SHEET_REJECTED = 3;

	/** The job failed; running the same command again resumes it. */
	static final int JOB_FAILED = 4;

	private ExitCodes() {
	}

}
