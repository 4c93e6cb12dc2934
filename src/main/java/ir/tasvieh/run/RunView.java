package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;

/**
 * A run as pages, the API and mail show it.
 *
 * @param id the run
 * @param fileName the sheet's name as handed in
 * @param sha256 the sheet's SHA-256
 * @param provider the provider's id
 * @param status the run's status
 * @param dryRun validated only
 * @param uploadedBy who handed it in
 * @param approvedBy who approved it, or {@code null}
 * @param createdAt when it was handed in
 * @param finishedAt when it last reached a resting status, or {@code null}
 * @param message why it failed, or {@code null}
 * @param byStatus count and rial total per payout status
 * @param byBank count and rial total per bank of the rows that are not invalid
 * @param resultPath the result workbook, or {@code null} before there is one
 * @param queuePosition while {@code VALIDATING}: 0 when it is being validated, else its
 * place among the sheets waiting to be (1 is next); {@code null} otherwise, or when this
 * process does not hold it
 * @param needsAttention whether a payout of it has been in doubt for longer than
 * {@code tasvieh.tracking.attention-after} (SPEC 6.1)
 */
public record RunView(long id, String fileName, String sha256, String provider, RunStatus status, boolean dryRun,
		String uploadedBy, String approvedBy, Instant createdAt, Instant finishedAt, String message,
		List<Tally> byStatus, List<Tally> byBank, Path resultPath, Integer queuePosition, boolean needsAttention) {

	/** A run that needs no attention. */
	public RunView(long id, String fileName, String sha256, String provider, RunStatus status, boolean dryRun,
			String uploadedBy, String approvedBy, Instant createdAt, Instant finishedAt, String message,
			List<Tally> byStatus, List<Tally> byBank, Path resultPath, Integer queuePosition) {
		this(id, fileName, sha256, provider, status, dryRun, uploadedBy, approvedBy, createdAt, finishedAt, message,
				byStatus, byBank, resultPath, queuePosition, false);
	}

	/** A run that is not waiting in the validation queue. */
	public RunView(long id, String fileName, String sha256, String provider, RunStatus status, boolean dryRun,
			String uploadedBy, String approvedBy, Instant createdAt, Instant finishedAt, String message,
			List<Tally> byStatus, List<Tally> byBank, Path resultPath) {
		this(id, fileName, sha256, provider, status, dryRun, uploadedBy, approvedBy, createdAt, finishedAt, message,
				byStatus, byBank, resultPath, null);
	}

	/**
	 * {@code COMPLETED_WITH_FAILURES} or {@code SUCCEEDED} once the run is
	 * {@code COMPLETED}, else {@code null}.
	 */
	public RunOutcome outcome() {
		return RunOutcome.of(this.status, this.byStatus);
	}

	/**
	 * Whether it is {@code COMPLETED} with rows that failed, were cancelled or returned.
	 */
	public boolean completedWithFailures() {
		return outcome() == RunOutcome.COMPLETED_WITH_FAILURES;
	}

	/** Rows that failed, were cancelled or returned: the red share of a progress bar. */
	public long failedCount() {
		return count(PayoutStatus.FAILED) + count(PayoutStatus.CANCELED) + count(PayoutStatus.REVERSED);
	}

	/** The fees the provider took for the run's rows, in rials. */
	public long feesIrr() {
		return this.byStatus.stream().mapToLong(Tally::feeIrr).sum();
	}

	/** Every row of the sheet. */
	public long rowCount() {
		return this.byStatus.stream().mapToLong(Tally::count).sum();
	}

	/** Rows that reached a final status (a progress bar's numerator). */
	public long finalCount() {
		return this.byStatus.stream()
			.filter((tally) -> PayoutStatus.valueOf(tally.key()).isFinal())
			.mapToLong(Tally::count)
			.sum();
	}

	/** Rows with this status. */
	public long count(PayoutStatus status) {
		return this.byStatus.stream()
			.filter((tally) -> tally.key().equals(status.name()))
			.mapToLong(Tally::count)
			.sum();
	}

	/** The rial total of the rows waiting to be paid. */
	public long readyTotalIrr() {
		return this.byStatus.stream()
			.filter((tally) -> tally.key().equals(PayoutStatus.READY.name()))
			.mapToLong(Tally::totalIrr)
			.sum();
	}

	/**
	 * Rows that need a person before they can be paid: {@code INVALID} and {@code FAILED}
	 * (docs/SPEC.md section 7).
	 */
	public long toFixCount() {
		return count(PayoutStatus.INVALID) + count(PayoutStatus.FAILED);
	}

}
