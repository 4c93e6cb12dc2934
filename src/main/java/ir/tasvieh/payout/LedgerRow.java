package ir.tasvieh.payout;

import java.time.Instant;
import java.util.List;

/**
 * A payout as the ledger holds it, for reports and the web.
 */
public record LedgerRow(long id, long runId, int rowNo, String provider, String tracker, String sentTracker,
		String name, String destinationType, String destination, Long amountIrr, String bankName, String description,
		String paymentNumber, PayoutStatus status, String findings, List<String> inputCells, String providerRef,
		String bankTrackingNo, Long feeIrr, String providerStatus, Instant submittedAt, Instant updatedAt,
		String batchId) {

	/** The amount plus the fee, when both are known. */
	public Long totalIrr() {
		return (this.amountIrr != null && this.feeIrr != null) ? this.amountIrr + this.feeIrr : null;
	}

}
