package ir.tasvieh.payout;

import java.time.Instant;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A payout as the ledger holds it, for reports and the web.
 *
 * @param attempt which attempt of its payment this payout is: 0 for the first, N for the
 * Nth retry (sent as {@code <tracker>-r<N>}, SPEC 4.1)
 * @param retryOf the earlier attempt this one retries, or {@code null}
 * @param paidBy for a row whose payment an earlier run already made or submitted
 * ({@code ALREADY_PAID}): that payout, whose status and references this row shows; the
 * row itself is never sent. Otherwise {@code null}
 */
@NamedInterface("values")
public record LedgerRow(long id, long runId, int rowNo, String provider, String tracker, String sentTracker,
		String name, String destinationType, String destination, Long amountIrr, String bankName, String description,
		String paymentNumber, PayoutStatus status, String findings, List<String> inputCells, String providerRef,
		String bankTrackingNo, Long feeIrr, String providerStatus, Instant submittedAt, Instant updatedAt,
		String batchId, int attempt, Long retryOf, Long paidBy) {

	/** A first attempt that mirrors no other payout. */
	public LedgerRow(long id, long runId, int rowNo, String provider, String tracker, String sentTracker, String name,
			String destinationType, String destination, Long amountIrr, String bankName, String description,
			String paymentNumber, PayoutStatus status, String findings, List<String> inputCells, String providerRef,
			String bankTrackingNo, Long feeIrr, String providerStatus, Instant submittedAt, Instant updatedAt,
			String batchId) {
		this(id, runId, rowNo, provider, tracker, sentTracker, name, destinationType, destination, amountIrr, bankName,
				description, paymentNumber, status, findings, inputCells, providerRef, bankTrackingNo, feeIrr,
				providerStatus, submittedAt, updatedAt, batchId, 0, null, null);
	}

	/** The amount plus the fee, when both are known. */
	public Long totalIrr() {
		return (this.amountIrr != null && this.feeIrr != null) ? this.amountIrr + this.feeIrr : null;
	}

	/**
	 * The tracker this payout is (or will be) sent as: the tracker itself for a first
	 * attempt, {@code <tracker>-r<N>} for the Nth retry.
	 */
	public String attemptTracker() {
		return sentTracker(this.tracker, this.attempt);
	}

	/**
	 * The tracker attempt {@code attempt} of a payment is sent under (SPEC 4.1): the
	 * tracker itself for the first, {@code <tracker>-r<N>} for the Nth retry.
	 */
	public static String sentTracker(String tracker, int attempt) {
		return (attempt == 0) ? tracker : tracker + "-r" + attempt;
	}

}
