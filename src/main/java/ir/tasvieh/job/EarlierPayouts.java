package ir.tasvieh.job;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutAttempts;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.SheetLayout;
import ir.tasvieh.validation.Finding;
import ir.tasvieh.validation.SheetFindings;

/**
 * One payment is made at most once across runs (SPEC 4.1). A payment is known by its
 * tracker; what its newest attempt sent decides what a READY row with that tracker does:
 * <ul>
 * <li>paid or on its way (any status but FAILED, CANCELED, REVERSED), same destination
 * and amount: the row is not sent and mirrors that payout ({@code ALREADY_PAID});</li>
 * <li>paid or on its way to another destination or amount: {@code TRACKER_ALREADY_USED};
 * </li>
 * <li>ended FAILED, CANCELED or REVERSED: the row is the next attempt, sent as
 * {@code <tracker>-r<N>} ({@code RETRY}), whatever its destination now: the earlier
 * attempt paid nobody, and a corrected SHEBA is the usual fix.</li>
 * </ul>
 * Applied set-based, a page of rows at a time, after validation (so a run waiting for
 * approval shows it) and again just before sending (what earlier runs did may have
 * changed since). The unique key on the tracker sent stays the last guard.
 */
@Component
class EarlierPayouts {

	private static final int PAGE = 500;

	private static final Set<PayoutStatus> ENDED_UNPAID = EnumSet.of(PayoutStatus.FAILED, PayoutStatus.CANCELED,
			PayoutStatus.REVERSED);

	private final PayoutAttempts attempts;

	private final PayoutLedger ledger;

	EarlierPayouts(PayoutAttempts attempts, PayoutLedger ledger) {
		this.attempts = attempts;
		this.ledger = ledger;
	}

	/**
	 * Decides every READY, never sent row of a run whose tracker was sent before.
	 * @param preview a dry run: an {@code ALREADY_PAID} row is only marked so, and stays
	 * READY (a dry run reports what would happen and is never followed)
	 */
	void apply(long runId, boolean preview) {
		String trackerColumn = null;
		long after = 0;
		List<LedgerRow> page;
		while (!(page = this.attempts.readyWithHistory(runId, after, PAGE)).isEmpty()) {
			after = page.get(page.size() - 1).id();
			trackerColumn = (trackerColumn != null) ? trackerColumn : trackerColumn(runId);
			decide(page, trackerColumn, preview);
		}
	}

	private void decide(List<LedgerRow> rows, String trackerColumn, boolean preview) {
		Map<String, LedgerRow> latest = this.attempts.latestAttempts(rows.stream().map(LedgerRow::tracker).toList());
		Set<String> toSend = new HashSet<>();
		for (LedgerRow row : rows) {
			toSend.add(sentTracker(row, latest.get(row.tracker())));
		}
		Map<String, LedgerRow> taken = this.attempts.sentUnder(toSend);
		List<PayoutAttempts.Mirror> mirrors = new ArrayList<>();
		List<PayoutAttempts.Retry> retries = new ArrayList<>();
		List<PayoutAttempts.Verdict> refusals = new ArrayList<>();
		for (LedgerRow row : rows) {
			LedgerRow earlier = latest.get(row.tracker());
			LedgerRow holder = taken.get(sentTracker(row, earlier));
			if (holder != null && !holder.tracker().equals(row.tracker())) {
				// Another payment was sent under the very tracker this row would use.
				refusals.add(new PayoutAttempts.Verdict(row.id(), SheetFindings.againstEarlierRuns(row.findings(),
						SheetFindings.trackerAlreadySent(sentTracker(row, earlier)))));
				continue;
			}
			earlier = (holder != null && (earlier == null || holder.attempt() > earlier.attempt())) ? holder : earlier;
			if (earlier == null) {
				continue;
			}
			if (ENDED_UNPAID.contains(earlier.status())) {
				int attempt = earlier.attempt() + 1;
				retries.add(new PayoutAttempts.Retry(row.id(), attempt, earlier.id(),
						SheetFindings.againstEarlierRuns(row.findings(),
								SheetFindings.retry(attempt, LedgerRow.sentTracker(row.tracker(), attempt),
										earlier.runId(), earlier.status().name()))));
			}
			else if (samePayment(row, earlier)) {
				mirrors.add(mirror(row, earlier));
			}
			else {
				refusals.add(new PayoutAttempts.Verdict(row.id(), SheetFindings.againstEarlierRuns(row.findings(),
						SheetFindings.trackerAlreadyUsed(trackerColumn, row.tracker(), earlier.runId()))));
			}
		}
		if (preview) {
			this.attempts.annotate(mirrors.stream()
				.map((mirror) -> new PayoutAttempts.Verdict(mirror.id(), mirror.findings()))
				.toList());
		}
		else {
			this.attempts.mirror(mirrors);
		}
		this.attempts.retry(retries);
		this.attempts.invalidate(refusals);
	}

	/**
	 * Brings a run's {@code ALREADY_PAID} rows up to date with the newest attempt of
	 * their payment.
	 * @return how many changed
	 */
	int follow(long runId) {
		List<LedgerRow> open = this.attempts.openMirrors(runId);
		if (open.isEmpty()) {
			return 0;
		}
		Map<String, LedgerRow> latest = this.attempts.latestAttempts(open.stream().map(LedgerRow::tracker).toList());
		List<PayoutAttempts.Mirror> changed = new ArrayList<>();
		for (LedgerRow row : open) {
			LedgerRow earlier = latest.get(row.tracker());
			if (earlier != null && (!Objects.equals(earlier.id(), row.paidBy()) || reported(earlier) != row.status()
					|| !Objects.equals(earlier.providerRef(), row.providerRef())
					|| !Objects.equals(earlier.bankTrackingNo(), row.bankTrackingNo())
					|| !Objects.equals(earlier.providerStatus(), row.providerStatus()))) {
				changed.add(mirror(row, earlier));
			}
		}
		this.attempts.mirror(changed);
		return changed.size();
	}

	private static PayoutAttempts.Mirror mirror(LedgerRow row, LedgerRow earlier) {
		return new PayoutAttempts.Mirror(row.id(), earlier, reported(earlier), SheetFindings
			.againstEarlierRuns(row.findings(), SheetFindings.alreadyPaid(earlier.runId(), earlier.sentTracker())));
	}

	/**
	 * The earlier payout's status as a report shows it: in doubt or not yet final is
	 * SUBMITTED.
	 */
	private static PayoutStatus reported(LedgerRow earlier) {
		return switch (earlier.status()) {
			case PAID, FAILED, CANCELED, REVERSED -> earlier.status();
			default -> PayoutStatus.SUBMITTED;
		};
	}

	private static boolean samePayment(LedgerRow row, LedgerRow earlier) {
		return Objects.equals(row.destination(), earlier.destination())
				&& Objects.equals(row.amountIrr(), earlier.amountIrr());
	}

	/** The tracker the row would be sent under, given the newest earlier attempt. */
	private static String sentTracker(LedgerRow row, LedgerRow earlier) {
		boolean retry = earlier != null && ENDED_UNPAID.contains(earlier.status());
		return LedgerRow.sentTracker(row.tracker(), retry ? earlier.attempt() + 1 : 0);
	}

	private String trackerColumn(long runId) {
		SheetLayout layout = this.ledger.layout(runId);
		return (layout.trackerColumn() >= 0) ? layout.headerNames().get(layout.trackerColumn()) : "Tracker";
	}

}
