package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The ledger's side of a person's decision on payouts in doubt (docs/SPEC.md section
 * 6.1): which rows of a run are in doubt, and settling them as a manager decided. Only a
 * payout still {@code UNKNOWN} is ever changed here, so a decision never overrides what
 * the provider said meanwhile. Runs in the caller's transaction.
 */
@Repository
public class PayoutDoubts {

	private final JdbcTemplate jdbc;

	PayoutDoubts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The current payouts of a run's sheet rows, whatever their status, in row order. */
	public List<LedgerRow> rows(long runId, Collection<Integer> rowNos) {
		if (rowNos.isEmpty()) {
			return List.of();
		}
		String in = rowNos.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE run_id = ? AND row_no IN (" + in
				+ ")" + PayoutLedger.CURRENT + " ORDER BY row_no", (rs, i) -> LedgerRowMapping.toRow(rs), runId);
	}

	/** A run's payouts in doubt, in row order. */
	public List<LedgerRow> inDoubt(long runId) {
		return this.jdbc.query("SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE run_id = ? AND status = 'UNKNOWN'"
				+ PayoutLedger.CURRENT + " ORDER BY row_no", (rs, i) -> LedgerRowMapping.toRow(rs), runId);
	}

	/**
	 * Runs with a payout in doubt since before {@code before}, newest first: those that
	 * need attention.
	 */
	public List<Long> runsInDoubtSince(Instant before) {
		return this.jdbc.queryForList("SELECT DISTINCT run_id FROM payout WHERE status = 'UNKNOWN'"
				+ PayoutLedger.CURRENT + " AND updated_at < ? ORDER BY run_id DESC", Long.class,
				Timestamp.from(before));
	}

	/**
	 * Settles payouts still in doubt as a person decided: {@code PAID} (with the
	 * provider's reference), {@code FAILED} (the note is its reason), or {@code READY}
	 * (the provider never took it: it is sent again under the same tracker, as a first
	 * send). The decision itself is in the run's audit trail; the provider's answers stay
	 * only the provider's.
	 * @return how many were settled; a payout no longer in doubt is left as it is
	 */
	public int settle(Collection<Long> payoutIds, PayoutStatus to, String providerRef, String reason) {
		if (to != PayoutStatus.PAID && to != PayoutStatus.FAILED && to != PayoutStatus.READY) {
			throw new IllegalArgumentException("A decision settles a payout PAID, FAILED or READY, not " + to);
		}
		Timestamp now = Timestamp.from(Instant.now());
		int settled = 0;
		for (Long id : payoutIds) {
			settled += this.jdbc.update(
					"UPDATE payout SET status = ?, provider_ref = COALESCE(?, provider_ref), provider_status = ?,"
							+ " updated_at = ? WHERE id = ? AND status = 'UNKNOWN'",
					to.name(), providerRef, (to == PayoutStatus.READY) ? null : reason, now, id);
		}
		return settled;
	}

}
