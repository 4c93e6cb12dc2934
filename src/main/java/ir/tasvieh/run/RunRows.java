package ir.tasvieh.run;

import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import ir.tasvieh.job.RowsToFix;
import ir.tasvieh.payout.FailedRow;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutReasons;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.RowPages;
import ir.tasvieh.payout.RowSearch;

/**
 * A run's rows as the pages and the API read them: a page at a time, searched, or those
 * in doubt, each with the reason a row that did not pay gives. Beside {@link Runs}, so
 * that no page reads the ledger itself.
 */
@Service
public class RunRows {

	private final RowSearch search;

	private final RowPages pages;

	private final PayoutReasons reasons;

	private final RunRepository runs;

	private final RunPayments payments;

	private final RowsToFix toFix;

	RunRows(RowPages pages, RowSearch search, PayoutReasons reasons, RunRepository runs, RunPayments payments,
			RowsToFix toFix) {
		this.pages = pages;
		this.search = search;
		this.reasons = reasons;
		this.runs = runs;
		this.payments = payments;
		this.toFix = toFix;
	}

	/**
	 * Writes the workbook of a run's rows that need a person ({@code INVALID} and
	 * {@code FAILED}, docs/SPEC.md section 7) to {@code out}.
	 */
	public void writeRowsToFix(long runId, OutputStream out) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		this.toFix.write(this.payments.jobRequest(run, Duration.ZERO), out);
	}

	/** The name of that workbook for a sheet handed in as {@code fileName}. */
	public static String rowsToFixName(String fileName) {
		return RowsToFix.fileName(fileName);
	}

	/** A run's rows in doubt, in sheet order, each with the provider's last words. */
	public List<FailedRow> inDoubt(long runId, int limit) {
		return this.reasons.inDoubt(runId, limit);
	}

	/**
	 * A page of a run's rows in sheet order, each with the reason a row that did not pay
	 * gives.
	 * @param status only rows of this status, or all rows when {@code null}
	 */
	public List<RunRow> rows(long runId, PayoutStatus status, int page, int size) {
		List<LedgerRow> rows = this.pages.page(runId, status, page, size);
		Map<Long, String> reasons = this.reasons.of(rows);
		return rows.stream().map((row) -> new RunRow(row, reasons.get(row.id()))).toList();
	}

	/**
	 * A page of the rows whose name, destination, tracker or row number holds
	 * {@code query} (docs/SPEC.md section 9.4), in sheet order.
	 */
	public List<RunRow> searchRows(long runId, PayoutStatus status, String query, int page, int size) {
		List<LedgerRow> rows = this.search.page(runId, status, query, page, size);
		Map<Long, String> reasons = this.reasons.of(rows);
		return rows.stream().map((row) -> new RunRow(row, reasons.get(row.id()))).toList();
	}

	/** How many rows {@link #searchRows} finds in all. */
	public long countRows(long runId, PayoutStatus status, String query) {
		return this.search.count(runId, status, query);
	}

}
