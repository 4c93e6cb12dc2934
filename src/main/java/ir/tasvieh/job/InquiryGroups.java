package ir.tasvieh.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.OutcomeRecord;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.PayoutSubmissions;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderOutcome;

/**
 * Asks a provider about payouts that were (or may have been) sent, in the groups it can
 * answer for: the batch each was sent in, in its original order, or groups of its group
 * size when it sends payouts one by one.
 */
final class InquiryGroups {

	private InquiryGroups() {
	}

	/**
	 * Asks once about each payout and records the answers.
	 * @return how many payouts changed
	 */
	static int follow(PayoutSubmissions submissions, PayoutProvider provider, List<LedgerRow> rows) {
		int changed = 0;
		for (List<LedgerRow> group : groups(submissions, provider, rows)) {
			if (provider.sendsInBatches() && group.get(0).batchId() == null) {
				changed += submissions.record(provider.name().id(),
						group.stream().map(InquiryGroups::neverSent).toList());
				continue;
			}
			List<PayoutOrder> orders = group.stream().map(ProviderOutcomes::order).toList();
			if (provider.sendsInBatches() && !group.get(0).batchId().equals(provider.batchId(orders))) {
				// The provider finds a batch by the hash of its items: if the ledger's
				// copy no
				// longer yields the committed key, a "not found" could not be trusted,
				// and a resend
				// could pay twice. The payouts stay in doubt for a person to look at.
				changed += submissions.record(provider.name().id(),
						group.stream().map(InquiryGroups::batchChanged).toList());
				continue;
			}
			List<ProviderOutcome> outcomes = provider.inquire(orders);
			changed += submissions.record(provider.name().id(),
					outcomes.stream().map(ProviderOutcomes::record).toList());
		}
		return changed;
	}

	private static List<List<LedgerRow>> groups(PayoutSubmissions submissions, PayoutProvider provider,
			List<LedgerRow> rows) {
		List<List<LedgerRow>> groups = new ArrayList<>();
		if (provider.sendsInBatches()) {
			// A batch is asked about whole, final payouts included: its key is the hash
			// of all
			// of its items. The ledger ignores answers about payouts that are already
			// final.
			Map<String, List<LedgerRow>> batches = new LinkedHashMap<>();
			for (LedgerRow row : rows) {
				if (row.batchId() == null) {
					batches.computeIfAbsent("", (key) -> new ArrayList<>()).add(row);
				}
				else {
					batches.computeIfAbsent(row.batchId(), submissions::batch);
				}
			}
			groups.addAll(batches.values());
			return groups;
		}
		int size = Math.max(1, provider.groupSize());
		for (int i = 0; i < rows.size(); i += size) {
			groups.add(rows.subList(i, Math.min(rows.size(), i + size)));
		}
		return groups;
	}

	/**
	 * Claimed, but the process stopped before its batch was committed: it was never sent.
	 */
	private static OutcomeRecord neverSent(LedgerRow row) {
		return new OutcomeRecord(row.id(), PayoutStatus.READY, null, null, null, null, "none", null,
				"claimed but never sent: no batch was committed before the process stopped");
	}

	private static OutcomeRecord batchChanged(LedgerRow row) {
		return new OutcomeRecord(row.id(), PayoutStatus.UNKNOWN, null, null, null, null, "none", null,
				"the payouts of batch " + row.batchId() + " no longer hash to it; not asked, not sent again");
	}

}
