package ir.tasvieh.run;

import ir.tasvieh.sheet.SheetRejected;

/**
 * The same content was handed in before and is waiting for approval, being paid or was
 * paid: {@code ALREADY_RUN}, with the earlier run so that a page can link to it.
 */
public class RunAlreadyExists extends SheetRejected {

	private final long runId;

	private final String fileName;

	private final RunStatus status;

	RunAlreadyExists(long runId, String fileName, RunStatus status, String messageFa, String messageEn) {
		super(ALREADY_RUN, messageFa, messageEn);
		this.runId = runId;
		this.fileName = fileName;
		this.status = status;
	}

	/** The earlier run of the same content. */
	public long runId() {
		return this.runId;
	}

	/** The file name the earlier run was handed in under. */
	public String fileName() {
		return this.fileName;
	}

	public RunStatus status() {
		return this.status;
	}

	/** Whether the earlier run still waits for a manager's approval. */
	public boolean waiting() {
		return this.status == RunStatus.VALIDATED || this.status == RunStatus.VALIDATING;
	}

}
