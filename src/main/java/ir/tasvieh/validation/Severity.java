package ir.tasvieh.validation;

/** Whether a finding stops a row from being paid. */
public enum Severity {

	/** The row is {@code INVALID} and is never sent. */
	ERROR,

	/** The row stays {@code READY}; the finding is shown in {@code Errors}. */
	WARNING

}
