package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A run's rows a page at a time, as its page and the rows API show them (docs/SPEC.md
 * section 9.3), fast at any depth of a million-row run.
 */
@Component
public class RowPages {

	private static final String COLUMNS = PayoutLedger.COLUMNS;

	private static final String BY_ROW = PayoutLedger.BY_ROW;

	private static final String CURRENT = PayoutLedger.CURRENT;

	private static final String IN_ROW_ORDER = PayoutLedger.IN_ROW_ORDER;

	private final JdbcTemplate jdbc;

	RowPages(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of a run's payouts in sheet order, all of them or those with one status. A
	 * page far down is found in two steps: the row number it starts at, by counting
	 * entries of an index that holds it (a million-row run's last page read every row
	 * above it), then its rows from there along the run's row index.
	 * @param status the status to show, or {@code null} for every row
	 * @param page the page, from 0
	 */
	public List<LedgerRow> page(long runId, PayoutStatus status, int page, int size) {
		String where = (status != null) ? " AND status = ?" : "";
		List<Object> arguments = new ArrayList<>();
		arguments.add(runId);
		if (status != null) {
			arguments.add(status.name());
		}
		if (page > 0) {
			Integer from = firstRowOfPage(runId, status, (long) page * size);
			if (from == null) {
				return List.of();
			}
			where += " AND row_no >= ?";
			arguments.add(from);
		}
		arguments.add(size);
		return this.jdbc.query("SELECT " + COLUMNS + BY_ROW + CURRENT + where + IN_ROW_ORDER + " LIMIT ?",
				(rs, i) -> LedgerRowMapping.toRow(rs), arguments.toArray());
	}

	/** The row number of the {@code offset}-th current row, counted on an index alone. */
	private Integer firstRowOfPage(long runId, PayoutStatus status, long offset) {
		String sql = (status != null)
				? "SELECT row_no FROM payout USE INDEX (payout_run_status_row) WHERE run_id = ? AND status = ?"
						+ CURRENT + " ORDER BY run_id, status, superseded, row_no LIMIT 1 OFFSET ?"
				: "SELECT row_no FROM payout USE INDEX (payout_run_current_row) WHERE run_id = ?" + CURRENT
						+ " ORDER BY run_id, superseded, row_no LIMIT 1 OFFSET ?";
		Object[] arguments = (status != null) ? new Object[] { runId, status.name(), offset }
				: new Object[] { runId, offset };
		List<Integer> found = this.jdbc.queryForList(sql, Integer.class, arguments);
		return found.isEmpty() ? null : found.get(0);
	}

}
