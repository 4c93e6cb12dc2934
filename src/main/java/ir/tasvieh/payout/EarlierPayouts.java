package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
public class EarlierPayouts {

	/** Row numbers per page: one range of the run's row index, joined at once. */
	private static final int PAGE = 1000;

	/** The newest of two attempts of one payment. */
	private static final Comparator<LedgerRow> NEWER = Comparator.comparingInt(LedgerRow::attempt)
		.thenComparingLong(LedgerRow::id);

	private static final Set<PayoutStatus> ENDED_UNPAID = EnumSet.of(PayoutStatus.FAILED, PayoutStatus.CANCELED,
			PayoutStatus.REVERSED);

	private final PayoutAttempts attempts;

	private final PayoutLedger ledger;

	private final TransactionTemplate transactions;

	EarlierPayouts(PayoutAttempts attempts, PayoutLedger ledger, PlatformTransactionManager transactionManager) {
		this.attempts = attempts;
		this.ledger = ledger;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Decides every READY, never sent row of a run whose tracker was sent before.
	 * @param preview a dry run: an {@code ALREADY_PAID} row is only marked so, and stays
	 * READY (a dry run reports what would happen and is never followed)
	 */
	public void apply(long runId, boolean preview) {
		int last = this.attempts.lastRowNo(runId);
		String trackerColumn = null;
		for (int from = 0; from <= last; from += PAGE) {
			List<PayoutAttempts.Pair> withAttempts = this.attempts.readyWithEarlierAttempts(runId, from, from + PAGE);
			List<PayoutAttempts.Pair> taken = this.attempts.readyWithTrackerSentByAnother(runId, from, from + PAGE);
			if (!withAttempts.isEmpty() || !taken.isEmpty()) {
				trackerColumn = (trackerColumn != null) ? trackerColumn : trackerColumn(runId);
				String column = trackerColumn;
				// One transaction per page: its verdicts land together, and far faster.
				this.transactions.executeWithoutResult((tx) -> decide(withAttempts, taken, column, preview));
			}
		}
	}

	/**
	 * Decides a page of rows.
	 * @param attempts each row with every attempt of its tracker sent before
	 * @param taken rows whose tracker another payment was sent under, with that payout
	 */
	private void decide(List<PayoutAttempts.Pair> attempts, List<PayoutAttempts.Pair> taken, String trackerColumn,
			boolean preview) {
		Map<Long, LedgerRow> rows = new LinkedHashMap<>();
		Map<Long, LedgerRow> latest = new HashMap<>();
		for (PayoutAttempts.Pair pair : attempts) {
			rows.putIfAbsent(pair.row().id(), pair.row());
			latest.merge(pair.row().id(), pair.earlier(), (a, b) -> (NEWER.compare(a, b) >= 0) ? a : b);
		}
		Map<Long, LedgerRow> sentByAnother = new HashMap<>();
		for (PayoutAttempts.Pair pair : taken) {
			rows.putIfAbsent(pair.row().id(), pair.row());
			sentByAnother.putIfAbsent(pair.row().id(), pair.earlier());
		}
		// A retry's own tracker (<tracker>-r<N>) could be one typed for another payment.
		List<String> retryTrackers = new ArrayList<>();
		for (LedgerRow row : rows.values()) {
			String sentTracker = sentTracker(row, latest.get(row.id()));
			if (!sentTracker.equals(row.tracker())) {
				retryTrackers.add(sentTracker);
			}
		}
		Map<String, LedgerRow> retryTrackersTaken = this.attempts.sentUnder(retryTrackers);
		List<PayoutAttempts.Mirror> mirrors = new ArrayList<>();
		List<PayoutAttempts.Retry> retries = new ArrayList<>();
		List<PayoutAttempts.Verdict> refusals = new ArrayList<>();
		for (LedgerRow row : rows.values()) {
			LedgerRow earlier = latest.get(row.id());
			String sentTracker = sentTracker(row, earlier);
			LedgerRow holder = sentTracker.equals(row.tracker()) ? sentByAnother.get(row.id())
					: retryTrackersTaken.get(sentTracker);
			if (holder != null && !holder.tracker().equals(row.tracker())) {
				// Another payment was sent under the very tracker this row would use.
				refusals.add(new PayoutAttempts.Verdict(row.id(), SheetFindings.againstEarlierRuns(row.findings(),
						SheetFindings.trackerAlreadySent(sentTracker))));
			}
			else if (earlier != null && ENDED_UNPAID.contains(earlier.status())) {
				int attempt = earlier.attempt() + 1;
				retries.add(new PayoutAttempts.Retry(row.id(), attempt, earlier.id(),
						SheetFindings.againstEarlierRuns(row.findings(),
								SheetFindings.retry(attempt, sentTracker, earlier.runId(), earlier.status().name()))));
			}
			else if (earlier != null && samePayment(row, earlier)) {
				mirrors.add(mirror(row, earlier));
			}
			else if (earlier != null) {
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
	public int follow(long runId) {
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
