package ir.tasvieh.run;

/**
 * A run's life (SPEC 9.2).
 */
public enum RunStatus {

	/**
	 * The job is reading and validating the sheet (internal; a run killed here is
	 * resumed).
	 */
	VALIDATING,
	/** Every row validated; nothing paid; waits for approval. */
	VALIDATED,
	/** A manager approved it. */
	APPROVED,
	/** Payouts are being sent. */
	PAYING,
	/** Every valid row was submitted; some are not final. */
	TRACKING,
	/** Every row is final. */
	COMPLETED,
	/** A manager declined it; nothing is ever paid. */
	REJECTED,
	/** Validated only, by request. */
	DRY_RUN,
	/** The job stopped with an error; running it again resumes it. */
	FAILED,
	/**
	 * A manager stopped it while it was being paid (SPEC 9.7): nothing more is sent; its
	 * sent payouts are followed to their end.
	 */
	STOPPED;

	/**
	 * Whether a run stays in this status until someone or something acts: reported,
	 * final, or failed (as opposed to a step of work in progress, or waiting for a
	 * manager).
	 */
	public boolean isResting() {
		return this == TRACKING || this == COMPLETED || this == REJECTED || this == DRY_RUN || this == FAILED
				|| this == STOPPED;
	}

}
