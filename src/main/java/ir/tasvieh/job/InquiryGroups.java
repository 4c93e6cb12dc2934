package ir.tasvieh.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.OutcomeRecord;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.PayoutSubmissions;
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
		for (List<LedgerRow> group : groups(provider, rows)) {
			if (provider.sendsInBatches() && group.get(0).batchId() == null) {
				changed += submissions.record(group.stream().map(InquiryGroups::neverSent).toList());
				continue;
			}
			List<ProviderOutcome> outcomes = provider.inquire(group.stream().map(ProviderOutcomes::order).toList());
			changed += submissions.record(outcomes.stream().map(ProviderOutcomes::record).toList());
		}
		return changed;
	}

	private static List<List<LedgerRow>> groups(PayoutProvider provider, List<LedgerRow> rows) {
		List<List<LedgerRow>> groups = new ArrayList<>();
		if (provider.sendsInBatches()) {
			Map<String, List<LedgerRow>> batches = new LinkedHashMap<>();
			for (LedgerRow row : rows) {
				batches.computeIfAbsent(String.valueOf(row.batchId()), (key) -> new ArrayList<>()).add(row);
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

}
