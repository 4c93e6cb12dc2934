package ir.tasvieh.payout;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Why a payout did not simply get paid (SPEC 5), in the provider's own words as the
 * ledger already holds them: the provider's status text stored on the payout
 * ({@code provider_status}: for a refusal, its message), else the last answer the
 * provider gave about it ({@code provider_answer}: for a call whose answer was lost, why
 * none arrived). Nothing is stored twice to say it.
 */
@Repository
public class PayoutReasons {

	/** A reason is a line on a page, in a mail and in a workbook cell, not a document. */
	static final int MAX_LENGTH = 300;

	private static final String CARRYING_REASON = "('FAILED', 'CANCELED', 'REVERSED', 'UNKNOWN')";

	private final JdbcTemplate jdbc;

	PayoutReasons(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reasons of the rows whose status carries one, by payout id: one query for the
	 * last answers of those whose provider status is empty, none when there are none.
	 */
	public Map<Long, String> of(Collection<LedgerRow> rows) {
		Map<Long, String> reasons = new HashMap<>();
		List<Long> unexplained = rows.stream()
			.filter((row) -> row.status().carriesReason())
			.filter((row) -> !explained(row))
			.map(LedgerRow::id)
			.toList();
		Map<Long, String> answers = lastAnswers(unexplained);
		for (LedgerRow row : rows) {
			if (row.status().carriesReason()) {
				String reason = explained(row) ? row.providerStatus() : answers.get(row.id());
				if (reason != null) {
					reasons.put(row.id(), shortened(reason));
				}
			}
		}
		return reasons;
	}

	/** The reason of one row, or {@code null} when its status carries none. */
	public String of(LedgerRow row) {
		return of(List.of(row)).get(row.id());
	}

	/**
	 * The reasons of a run's rows whose status carries one but whose provider status is
	 * empty (a payout in doubt, say), by payout id: what a report that streams the rows
	 * adds to its {@code Provider Status} column. Read before the rows are streamed, not
	 * while.
	 */
	public Map<Long, String> unexplained(long runId) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM payout WHERE run_id = ? AND status IN "
				+ CARRYING_REASON + PayoutLedger.CURRENT + " AND (provider_status IS NULL OR provider_status = '')",
				Long.class, runId);
		Map<Long, String> reasons = new HashMap<>();
		lastAnswers(ids).forEach((id, said) -> reasons.put(id, shortened(said)));
		return reasons;
	}

	/**
	 * A run's rows that failed, were cancelled or returned, or are in doubt, in sheet
	 * order, each with its reason.
	 * @param limit at most this many
	 */
	public List<FailedRow> failures(long runId, int limit) {
		return rowsIn(runId, CARRYING_REASON, limit);
	}

	/**
	 * A run's rows in doubt ({@code UNKNOWN}), in sheet order, each with the provider's
	 * last words about it.
	 * @param limit at most this many
	 */
	public List<FailedRow> inDoubt(long runId, int limit) {
		return rowsIn(runId, "('UNKNOWN')", limit);
	}

	private List<FailedRow> rowsIn(long runId, String statuses, int limit) {
		List<LedgerRow> rows = this.jdbc.query(
				"SELECT " + PayoutLedger.COLUMNS + " FROM payout WHERE run_id = ?" + " AND status IN " + statuses
						+ PayoutLedger.CURRENT + " ORDER BY row_no LIMIT ?",
				(rs, i) -> LedgerRowMapping.toRow(rs), runId, limit);
		Map<Long, String> reasons = of(rows);
		return rows.stream()
			.map((row) -> new FailedRow(row.rowNo(), row.name(), row.status(), row.amountIrr(), reasons.get(row.id())))
			.toList();
	}

	/** How many runs have a payout in doubt since before {@code before}. */
	public int runsInDoubtSince(Instant before) {
		Integer found = this.jdbc.queryForObject("SELECT COUNT(DISTINCT run_id) FROM payout WHERE status = 'UNKNOWN'"
				+ PayoutLedger.CURRENT + " AND updated_at < ?", Integer.class, Timestamp.from(before));
		return (found != null) ? found : 0;
	}

	/**
	 * Whether a run has a payout in doubt ({@code UNKNOWN}) since before {@code before}:
	 * an answer that says nothing new leaves a payout untouched, so its last change is
	 * when it came into doubt.
	 */
	public boolean inDoubtSince(long runId, Instant before) {
		Integer found = this.jdbc.queryForObject("SELECT COUNT(*) FROM payout WHERE run_id = ? AND status = 'UNKNOWN'"
				+ PayoutLedger.CURRENT + " AND updated_at < ?", Integer.class, runId, Timestamp.from(before));
		return found != null && found > 0;
	}

	/** How many of a run's current payouts were paid and then returned. */
	public int reversedCount(long runId) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM payout WHERE run_id = ? AND status = 'REVERSED'" + PayoutLedger.CURRENT,
				Integer.class, runId);
		return (count != null) ? count : 0;
	}

	private Map<Long, String> lastAnswers(List<Long> payoutIds) {
		if (payoutIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> answers = new HashMap<>();
		for (int from = 0; from < payoutIds.size(); from += 500) {
			List<Long> group = payoutIds.subList(from, Math.min(from + 500, payoutIds.size()));
			String ids = group.stream().map(String::valueOf).collect(Collectors.joining(", "));
			// Newest last, so the last answer about each payout wins.
			this.jdbc.query("SELECT payout_id, http_status, body FROM provider_answer WHERE payout_id IN (" + ids
					+ ") ORDER BY id", (rs) -> {
						int status = rs.getInt(2);
						boolean noAnswer = rs.wasNull();
						String body = rs.getString(3);
						String said = noAnswer ? body
								: "HTTP " + status + ((body != null && !body.isBlank()) ? ": " + body : "");
						answers.put(rs.getLong(1), said);
					});
		}
		return answers;
	}

	private static boolean explained(LedgerRow row) {
		return row.providerStatus() != null && !row.providerStatus().isBlank();
	}

	private static String shortened(String reason) {
		String line = reason.strip().replaceAll("\\s+", " ");
		return (line.length() <= MAX_LENGTH) ? line : line.substring(0, MAX_LENGTH - 1) + "…";
	}

}
