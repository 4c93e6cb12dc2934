package ir.tasvieh.job;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.OutcomeRecord;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderOutcome;
import ir.tasvieh.provider.PayoutOrder;

/**
 * Translates between the ledger and the provider contract.
 */
final class ProviderOutcomes {

	private ProviderOutcomes() {
	}

	static PayoutOrder order(LedgerRow row) {
		return new PayoutOrder(row.id(), (row.sentTracker() != null) ? row.sentTracker() : row.tracker(),
				row.destinationType(), row.destination(), row.amountIrr(), row.name(), row.description(),
				row.paymentNumber(), row.providerRef());
	}

	static OutcomeRecord record(ProviderOutcome outcome) {
		PayoutStatus status = switch (outcome.kind()) {
			case PAID -> PayoutStatus.PAID;
			case PENDING -> PayoutStatus.SUBMITTED;
			case FAILED -> PayoutStatus.FAILED;
			case CANCELED -> PayoutStatus.CANCELED;
			case REVERSED -> PayoutStatus.REVERSED;
			// The provider never took it: the payout may be sent again, under the same
			// tracker.
			case NOT_FOUND -> PayoutStatus.READY;
			case UNKNOWN -> PayoutStatus.UNKNOWN;
		};
		String providerStatus = (outcome.providerStatus() != null) ? outcome.providerStatus()
				: (status == PayoutStatus.FAILED) ? outcome.message() : null;
		return new OutcomeRecord(outcome.payoutId(), status, outcome.providerRef(), outcome.bankTrackingNo(),
				outcome.feeIrr(), providerStatus, (outcome.answer() != null) ? outcome.answer().operation() : "?",
				(outcome.answer() != null) ? outcome.answer().httpStatus() : null,
				(outcome.answer() != null) ? outcome.answer().body() : outcome.message());
	}

}
