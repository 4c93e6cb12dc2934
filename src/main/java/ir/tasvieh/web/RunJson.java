package ir.tasvieh.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.RunOutcome;
import ir.tasvieh.run.RunView;

/**
 * A run as the API shows it (SPEC 9.4). {@code counts} and {@code totals} are keyed by
 * row status, in the order of a row's life; amounts are rials. {@code queuePosition} is
 * there only while the run is {@code VALIDATING}: 0 while it is being validated, else its
 * place among the sheets waiting their turn (1 is next). {@code outcome} is
 * {@code SUCCEEDED} or {@code COMPLETED_WITH_FAILURES} once the run is {@code COMPLETED},
 * else {@code null}; {@code feesIrr} is the fees of its rows.
 */
record RunJson(long id, String file, String sha256, String provider, String status, boolean dryRun, String uploadedBy,
		String approvedBy, Instant createdAt, Instant finishedAt, String message, Integer queuePosition,
		Map<String, Long> counts, Map<String, Long> totals, List<BankJson> banks, RunOutcome outcome,
		boolean needsAttention, long feesIrr) {

	static RunJson of(RunView run) {
		Map<String, Long> counts = new LinkedHashMap<>();
		Map<String, Long> totals = new LinkedHashMap<>();
		for (PayoutStatus status : PayoutStatus.values()) {
			for (Tally tally : run.byStatus()) {
				if (tally.key().equals(status.name())) {
					String shown = RowJson.shown(status).name();
					counts.merge(shown, tally.count(), Long::sum);
					totals.merge(shown, tally.totalIrr(), Long::sum);
				}
			}
		}
		List<BankJson> banks = run.byBank()
			.stream()
			.map((tally) -> new BankJson(tally.key(), tally.count(), tally.totalIrr()))
			.toList();
		return new RunJson(run.id(), run.fileName(), run.sha256(), run.provider(), run.status().name(), run.dryRun(),
				run.uploadedBy(), run.approvedBy(), run.createdAt(), run.finishedAt(), run.message(),
				run.queuePosition(), counts, totals, banks, run.outcome(), run.needsAttention(), run.feesIrr());
	}

	/** Rows and their rial total going to one bank (valid rows only). */
	record BankJson(String bank, long rows, long total) {

	}

}
