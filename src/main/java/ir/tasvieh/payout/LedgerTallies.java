package ir.tasvieh.payout;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * A run's counts and rial totals, as pages and the API show them while it is paid; the
 * payouts at the providers, for the metrics.
 */
@Repository
public class LedgerTallies {

	private final JdbcTemplate jdbc;

	LedgerTallies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A run's count and rial total per status and per bank at once, in one pass over its
	 * rows: {@link PayoutLedger#tallyByStatus} and {@link PayoutLedger#tallyByBank} cost
	 * a pass each.
	 * @return the tallies per status, and per bank of the rows that are not invalid
	 */
	public List<List<Tally>> tallyByStatusAndBank(long runId) {
		Map<String, long[]> byStatus = new TreeMap<>();
		Map<String, long[]> byBank = new TreeMap<>();
		this.jdbc.query(
				"SELECT status, bank_name, COUNT(*), COALESCE(SUM(amount_irr), 0), COALESCE(SUM(fee_irr), 0)"
						+ " FROM payout WHERE run_id = ?" + PayoutLedger.CURRENT + " GROUP BY status, bank_name",
				(RowCallbackHandler) (rs) -> {
					String status = rs.getString(1);
					String bank = rs.getString(2);
					long count = rs.getLong(3);
					long total = rs.getLong(4);
					long fees = rs.getLong(5);
					add(byStatus, status, count, total, fees);
					if (bank != null && !PayoutStatus.INVALID.name().equals(status)) {
						// Per bank, as PayoutLedger.tallyByBank: fees are not counted.
						add(byBank, bank, count, total, 0);
					}
				}, runId);
		return List.of(tallies(byStatus), tallies(byBank));
	}

	/**
	 * How many payouts are at a provider and not final yet ({@code SUBMITTING},
	 * {@code UNKNOWN}, {@code SUBMITTED}), by provider and status: one grouped count
	 * along the status index.
	 */
	public Map<String, Map<PayoutStatus, Long>> notFinalAtProviders() {
		Map<String, Map<PayoutStatus, Long>> counts = new HashMap<>();
		this.jdbc.query("SELECT provider, status, COUNT(*) FROM payout WHERE status IN ('SUBMITTING', 'UNKNOWN',"
				+ " 'SUBMITTED')" + " AND paid_by IS NULL" + PayoutLedger.CURRENT + " GROUP BY provider, status",
				(RowCallbackHandler) (rs) -> {
					counts.computeIfAbsent(rs.getString(1), (provider) -> new EnumMap<>(PayoutStatus.class))
						.put(PayoutStatus.valueOf(rs.getString(2)), rs.getLong(3));
				});
		return counts;
	}

	private static void add(Map<String, long[]> sums, String key, long count, long total, long fees) {
		long[] sum = sums.computeIfAbsent(key, (k) -> new long[3]);
		sum[0] += count;
		sum[1] += total;
		sum[2] += fees;
	}

	private static List<Tally> tallies(Map<String, long[]> sums) {
		return sums.entrySet()
			.stream()
			.map((sum) -> new Tally(sum.getKey(), sum.getValue()[0], sum.getValue()[1], sum.getValue()[2]))
			.toList();
	}

}
