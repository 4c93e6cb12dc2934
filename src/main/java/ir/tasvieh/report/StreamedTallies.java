package ir.tasvieh.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;

/**
 * A run's count and rial total per status and per bank, counted from the rows as the
 * result sheet streams them (issue 20): the Summary then needs no second and third pass
 * over the ledger, and both sheets tell of the same rows. The same figures as
 * {@code PayoutLedger.tallyByStatus} and {@code tallyByBank}, in the same order.
 */
final class StreamedTallies {

	private final Map<String, long[]> byStatus = new TreeMap<>();

	private final Map<String, long[]> byBank = new TreeMap<>();

	void add(LedgerRow row) {
		long amount = (row.amountIrr() != null) ? row.amountIrr() : 0;
		long fee = (row.feeIrr() != null) ? row.feeIrr() : 0;
		add(this.byStatus, row.status().name(), amount, fee);
		if (row.bankName() != null && row.status() != PayoutStatus.INVALID) {
			// Per bank, fees are not counted.
			add(this.byBank, row.bankName(), amount, 0);
		}
	}

	private static void add(Map<String, long[]> sums, String key, long amount, long fee) {
		long[] sum = sums.computeIfAbsent(key, (k) -> new long[3]);
		sum[0]++;
		sum[1] += amount;
		sum[2] += fee;
	}

	List<Tally> byStatus() {
		return tallies(this.byStatus);
	}

	List<Tally> byBank() {
		return tallies(this.byBank);
	}

	private static List<Tally> tallies(Map<String, long[]> sums) {
		return sums.entrySet()
			.stream()
			.map((sum) -> new Tally(sum.getKey(), sum.getValue()[0], sum.getValue()[1], sum.getValue()[2]))
			.toList();
	}

}
