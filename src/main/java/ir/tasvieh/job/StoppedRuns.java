package ir.tasvieh.job;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.OutcomeRecord;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.PayoutStops;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderOutcome;
import ir.tasvieh.provider.SendGate;

/**
 * What the payment steps and {@code refresh} do for a run a manager stopped (docs/SPEC.md
 * section 9.7): its gate, read from the database before every claim and every call that
 * would send, and the cancel calls for its sent payouts that the provider may still take
 * back (Vandar), each asked once and then followed to its end.
 */
@Component
class StoppedRuns {

	private final PayoutStops stops;

	private final PayoutSubmissions submissions;

	StoppedRuns(PayoutStops stops, PayoutSubmissions submissions) {
		this.stops = stops;
		this.submissions = submissions;
	}

	/** Whether a manager stopped the run; asked of the database each time. */
	boolean stopped(long runId) {
		return this.stops.of(runId).isPresent();
	}

	/** The run's gate: closed, with the words of its payouts never sent, once stopped. */
	SendGate gate(long runId) {
		return () -> this.stops.of(runId).map(PayoutStops.Stop::neverSent).orElse(null);
	}

	/**
	 * Cancels the READY payouts of a stopped run: a payout claimed before the stop whose
	 * provider then said it never took it is READY again, and is never sent now.
	 * @return how many were cancelled
	 */
	int cancelNeverSent(long runId) {
		return this.stops.of(runId).map((stop) -> this.stops.cancelNeverSent(runId, stop)).orElse(0);
	}

	/**
	 * Asks the provider to cancel every sent payout of a stopped run that is not final
	 * and whose cancel was not asked yet; records each answer.
	 * @return how many payouts changed
	 */
	int cancelOpen(long runId, PayoutProvider provider) {
		if (!provider.cancels()) {
			return 0;
		}
		Optional<PayoutStops.Stop> stop = this.stops.of(runId);
		List<LedgerRow> open = stop.isPresent() ? this.stops.cancelable(runId) : List.of();
		if (open.isEmpty()) {
			return 0;
		}
		List<ProviderOutcome> outcomes = provider.cancel(open.stream().map(ProviderOutcomes::order).toList());
		List<OutcomeRecord> records = outcomes.stream().map((outcome) -> record(outcome, stop.get())).toList();
		return this.submissions.record(provider.name().id(), records);
	}

	/** A payout taken back says why in the provider's words and the manager's. */
	private static OutcomeRecord record(ProviderOutcome outcome, PayoutStops.Stop stop) {
		OutcomeRecord record = ProviderOutcomes.record(outcome);
		if (outcome.kind() != OutcomeKind.CANCELED) {
			return record;
		}
		String why = outcome.message() + "; run stopped by " + stop.stoppedBy() + ": " + stop.reason();
		return new OutcomeRecord(record.payoutId(), PayoutStatus.CANCELED, record.providerRef(),
				record.bankTrackingNo(), record.feeIrr(), (why.length() <= 200) ? why : why.substring(0, 199) + "…",
				PayoutStops.CANCEL_OPERATION, record.httpStatus(), record.answerBody());
	}

}
