package ir.tasvieh.run;

import java.time.Instant;

/**
 * What a manager sees before approving a run (docs/SPEC.md section 9.3): what would be
 * paid, the fees the provider is expected to take, and its balance read just now.
 *
 * @param rows the READY rows that would be paid
 * @param totalIrr their rials
 * @param feesIrr the estimated fees on top
 * @param provider the provider it would be paid through
 * @param balanceIrr the provider's balance, or {@code null} when it could not be read
 * @param balanceMessage the provider's words when the balance could not be read, else
 * {@code null}
 * @param balanceReadAt when the balance was asked for
 */
public record ApprovalPreview(long runId, long rows, long totalIrr, long feesIrr, String provider, Long balanceIrr,
		String balanceMessage, Instant balanceReadAt) {

	/** What the provider's balance has to cover. */
	public long neededIrr() {
		return this.totalIrr + this.feesIrr;
	}

	public boolean balanceKnown() {
		return this.balanceIrr != null;
	}

	/**
	 * Whether the balance read covers the rows and fees; payment checks again before
	 * sending.
	 */
	public boolean balanceCovers() {
		return this.balanceIrr != null && this.balanceIrr >= neededIrr();
	}

}
