package ir.tasvieh.provider.sandbox.nextpay;

import java.time.Duration;
import java.time.Instant;

import ir.tasvieh.calendar.JalaliDates;

/**
 * A payout the sandbox took, as stored.
 *
 * @param amountIrr the amount asked for
 * @param takenIrr what left the wallet
 * @param outcome how it ends once settled: {@code Completed} or {@code Failed}
 */
record StoredCheckout(long trace, String tracker, NextPayOperation operation, String destinationType,
		String destination, String name, long amountIrr, long feeIrr, long takenIrr, Instant requestedAt,
		CheckoutStatus outcome, String failureReason) {

	/** Where a payout stands at some moment; no scheduler moves it, the clock does. */
	record Progress(CheckoutStatus status, Instant updatedAt, String trackingNumber) {

	}

	/** What reaches the payee: in {@code checkout} the fee comes out of the amount. */
	long paidIrr() {
		return this.operation.feeFromAmount() ? this.amountIrr - this.feeIrr : this.amountIrr;
	}

	Progress progress(Instant now, Duration queueTime, Duration settleTime) {
		Instant processing = this.requestedAt.plus(queueTime);
		Instant settled = this.requestedAt.plus(settleTime);
		if (now.isBefore(processing) && now.isBefore(settled)) {
			return new Progress(CheckoutStatus.InQueue, this.requestedAt, null);
		}
		if (now.isBefore(settled)) {
			return new Progress(CheckoutStatus.InProcess, processing, null);
		}
		String trackingNumber = (this.outcome == CheckoutStatus.Completed) ? trackingNumber() : null;
		return new Progress(this.outcome, settled, trackingNumber);
	}

	/** Twenty digits like NextPay's sample: the Jalali date, then the trace. */
	private String trackingNumber() {
		String trace = Long.toString(this.trace);
		return JalaliDates.dateDigits(this.requestedAt) + "0".repeat(Math.max(0, 12 - trace.length())) + trace;
	}

}
