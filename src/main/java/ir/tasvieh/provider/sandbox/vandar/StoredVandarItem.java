package ir.tasvieh.provider.sandbox.vandar;

import java.time.Duration;
import java.time.Instant;

import ir.tasvieh.calendar.JalaliDates;

/**
 * One settlement of an accepted batch, as stored. Where it stands follows from the clock
 * and the batch's {@code acceptedAt}: no scheduler moves it.
 *
 * @param transactionId twelve digits, shown once the item is {@code SUBMITTED}
 * @param itemError set when the item is to end {@code FAILED}
 * @param settlementError set when the item is {@code SUBMITTED} but its settlement is to
 * end {@code FAILED}
 * @param canceledAt when the settlement cancel call took it back, or {@code null}
 */
record StoredVandarItem(long id, String uuid, String batchId, int position, String trackId, String iban, long amountIrr,
		long wageIrr, String type, String paymentNumber, String description, long transactionId, String itemError,
		String settlementError, Instant acceptedAt, Instant canceledAt) {

	/** Batch item statuses (providers.md 3.3). */
	enum Status {

		INIT, SUBMITTED, FAILED, CANCELED

	}

	/** Settlement statuses (providers.md 4.2). */
	enum SettlementStatus {

		INIT, PENDING, DONE, FAILED, CANCELED

	}

	Status status(Instant now, Duration queueTime) {
		if (this.canceledAt != null && this.canceledAt.isBefore(this.acceptedAt.plus(queueTime))) {
			// Taken back before it was sent to the bank.
			return Status.CANCELED;
		}
		if (now.isBefore(this.acceptedAt.plus(queueTime))) {
			return Status.INIT;
		}
		return (this.itemError != null) ? Status.FAILED : Status.SUBMITTED;
	}

	SettlementStatus settlementStatus(Instant now, Duration queueTime, Duration settleTime) {
		if (this.canceledAt != null) {
			return SettlementStatus.CANCELED;
		}
		Status status = status(now, queueTime);
		if (status == Status.INIT) {
			return SettlementStatus.INIT;
		}
		if (status == Status.FAILED) {
			return SettlementStatus.FAILED;
		}
		if (now.isBefore(this.acceptedAt.plus(settleTime))) {
			return SettlementStatus.PENDING;
		}
		return (this.settlementError != null) ? SettlementStatus.FAILED : SettlementStatus.DONE;
	}

	/**
	 * Whether the settlement cancel call may still take it back: until it is final
	 * (providers.md section 4.4).
	 */
	boolean cancelable(Instant now, Duration queueTime, Duration settleTime) {
		SettlementStatus status = settlementStatus(now, queueTime, settleTime);
		return status == SettlementStatus.INIT || status == SettlementStatus.PENDING;
	}

	/** Twenty digits, the Jalali date then the transaction id, once the bank is done. */
	String trackingCode(Instant now, Duration queueTime, Duration settleTime) {
		if (settlementStatus(now, queueTime, settleTime) != SettlementStatus.DONE) {
			return null;
		}
		return JalaliDates.dateDigits(this.acceptedAt.plus(settleTime)) + this.transactionId;
	}

	/** The reason shown for a failed item or settlement, {@code null} otherwise. */
	String errorMessage() {
		return (this.itemError != null) ? this.itemError : this.settlementError;
	}

}
