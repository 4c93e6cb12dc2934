package ir.tasvieh.payout;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The payout ledger: every row of every run, with its validation result and, once paying
 * starts, its provider outcome. Writes are batched; reads of a whole run stream.
 */
@Repository
public class PayoutLedger {

	private static final String INSERT = """
			INSERT INTO payout (run_id, row_no, provider, tracker, tracker_derived, name, destination_type,
			  destination, amount_irr, bank_code, bank_name, description, payment_number, status, findings,
			  input_cells, tracker_repeat, payee_repeat)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** The columns {@link LedgerRowMapping#toRow} reads. */
	static final String COLUMNS = "id, run_id, row_no, provider, tracker, sent_tracker, name, destination_type,"
			+ " destination, amount_irr, bank_name, description, payment_number, status, findings, input_cells,"
			+ " provider_ref, bank_tracking_no, fee_irr, provider_status, submitted_at, updated_at, batch_id,"
			+ " attempt, retry_of, paid_by";

	/**
	 * A run's rows as its reports show them: each sheet row once, as its newest attempt
	 * (the attempts a retry in place superseded are history).
	 */
	static final String CURRENT = " AND superseded = FALSE";

	/**
	 * Along the run's row index, already in sheet order: left to choose, H2 took the
	 * run_id index and sorted a million rows for the result workbook, spilling to disk.
	 * H2 reads an index in order only for an order it begins with, hence
	 * {@link #IN_ROW_ORDER}.
	 */
	static final String BY_ROW = " FROM payout USE INDEX (payout_run_row_attempt) WHERE run_id = ?";

	/** Sheet order, as the run's row index holds it. */
	static final String IN_ROW_ORDER = " ORDER BY run_id, row_no";

	/** A run's current rows, along its row index; read whole or in windows of rows. */
	private static final String CURRENT_ROWS = "SELECT " + COLUMNS + BY_ROW + CURRENT;

	private static final String SELECT_ROWS = CURRENT_ROWS + IN_ROW_ORDER;

	private final JdbcTemplate jdbc;

	private final PayoutMeters meters;

	PayoutLedger(JdbcTemplate jdbc, PayoutMeters meters) {
		this.jdbc = jdbc;
		this.meters = meters;
	}

	/**
	 * Adds validated rows; a row already in the ledger for its run is a bug and fails.
	 */
	public void add(List<NewPayout> payouts) {
		this.jdbc.batchUpdate(INSERT, payouts, payouts.size(), PayoutLedger::bind);
		this.meters.written(payouts);
	}

	private static void bind(PreparedStatement insert, NewPayout payout) throws SQLException {
		insert.setLong(1, payout.runId());
		insert.setInt(2, payout.rowNo());
		insert.setString(3, payout.provider());
		insert.setString(4, payout.tracker());
		insert.setBoolean(5, payout.trackerDerived());
		insert.setString(6, payout.name());
		insert.setString(7, payout.destinationType());
		insert.setString(8, payout.destination());
		if (payout.amountIrr() != null) {
			insert.setLong(9, payout.amountIrr());
		}
		else {
			insert.setNull(9, Types.BIGINT);
		}
		insert.setString(10, payout.bankCode());
		insert.setString(11, payout.bankName());
		insert.setString(12, payout.description());
		insert.setString(13, payout.paymentNumber());
		insert.setString(14, payout.status().name());
		insert.setString(15, payout.findings());
		insert.setString(16, InputCells.encode(payout.inputCells()));
		insert.setBoolean(17, payout.trackerRepeat());
		insert.setBoolean(18, payout.payeeRepeat());
	}

	/**
	 * Keeps the input sheet's layout of a run (once; a restart finds it already there).
	 */
	public void saveLayout(long runId, SheetLayout layout) {
		Integer known = this.jdbc.queryForObject("SELECT COUNT(*) FROM payout_sheet WHERE run_id = ?", Integer.class,
				runId);
		if (known != null && known > 0) {
			return;
		}
		this.jdbc.update(
				"INSERT INTO payout_sheet (run_id, header_row, header_names, card_column, tracker_column,"
						+ " amount_column, amount_unit, persian, above_header) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				runId, layout.headerRow(), InputCells.encode(layout.headerNames()), layout.cardColumn(),
				layout.trackerColumn(), layout.amountColumn(), layout.amountUnit(), layout.persian(),
				layout.aboveHeader().isEmpty() ? null : InputCells.encode(layout.aboveHeader()));
	}

	public SheetLayout layout(long runId) {
		return this.jdbc.queryForObject(
				"SELECT header_row, header_names, card_column, tracker_column, amount_column, amount_unit, persian,"
						+ " above_header FROM payout_sheet WHERE run_id = ?",
				(rs, i) -> new SheetLayout(rs.getInt(1), InputCells.decode(rs.getString(2)), rs.getInt(3), rs.getInt(4),
						rs.getInt(5), rs.getString(6), rs.getBoolean(7),
						(rs.getString(8) != null) ? InputCells.decode(rs.getString(8)) : List.of()),
				runId);
	}

	/** Streams a run's payouts in sheet order without holding them all in memory. */
	public void forEachRow(long runId, Consumer<LedgerRow> action) {
		LedgerRowMapping.forEach(this.jdbc, CURRENT_ROWS, runId, action);
	}

	/**
	 * Streams a run's payouts of the given statuses in sheet order: the rows to fix are
	 * usually few, so they are found through the run's status index and sorted.
	 */
	public void forEachRowWithStatus(long runId, Set<PayoutStatus> statuses, Consumer<LedgerRow> action) {
		String in = statuses.stream().map((status) -> "'" + status.name() + "'").collect(Collectors.joining(", "));
		LedgerRowMapping.forEach(this.jdbc,
				"SELECT " + COLUMNS + " FROM payout WHERE run_id = ?" + CURRENT + " AND status IN (" + in + ")", runId,
				action);
	}

	public List<LedgerRow> rows(long runId) {
		return this.jdbc.query(SELECT_ROWS, (rs, i) -> LedgerRowMapping.toRow(rs), runId);
	}

	/**
	 * Rows of a run whose sheet tracker is used by more than one row, ordered by tracker
	 * and row.
	 */
	List<DuplicateRow> rowsSharingTracker(long runId) {
		// Only the rows flagged while reading are looked at: grouping every row of a
		// million-row run takes H2 minutes. A flag means a hash was seen twice; the rows
		// themselves tell whether the tracker really repeats.
		return repeated(this.jdbc.query("SELECT id, row_no, tracker, status, findings FROM payout WHERE run_id = ?"
				+ " AND tracker_repeat = TRUE AND tracker_derived = FALSE", PayoutLedger::toDuplicate, runId));
	}

	/**
	 * Rows of a run that pay the same destination the same amount as another row, ordered
	 * by that pair and row. Only rows that would be paid are compared.
	 */
	List<DuplicateRow> rowsSharingPayee(long runId) {
		return repeated(this.jdbc.query(
				"SELECT id, row_no, CONCAT(destination, ':', amount_irr), status, findings"
						+ " FROM payout WHERE run_id = ? AND payee_repeat = TRUE AND status = 'READY'",
				PayoutLedger::toDuplicate, runId));
	}

	/** The rows whose key occurs more than once, ordered by key and row. */
	private static List<DuplicateRow> repeated(List<DuplicateRow> rows) {
		Map<String, Long> counts = rows.stream()
			.collect(Collectors.groupingBy(DuplicateRow::key, Collectors.counting()));
		List<DuplicateRow> repeated = new ArrayList<>(
				rows.stream().filter((row) -> counts.get(row.key()) > 1).toList());
		repeated.sort(Comparator.comparing(DuplicateRow::key).thenComparingInt(DuplicateRow::rowNo));
		return repeated;
	}

	private static DuplicateRow toDuplicate(ResultSet rs, int i) throws SQLException {
		return new DuplicateRow(rs.getLong(1), rs.getInt(2), rs.getString(3), PayoutStatus.valueOf(rs.getString(4)),
				rs.getString(5));
	}

	/**
	 * Replaces the findings and status of rows after a sheet-wide rule has looked at
	 * them.
	 */
	void updateFindings(List<DuplicateRow> rows) {
		this.jdbc.batchUpdate("UPDATE payout SET findings = ?, status = ? WHERE id = ?", rows, 500, (update, row) -> {
			update.setString(1, row.findings());
			update.setString(2, row.status().name());
			update.setLong(3, row.id());
		});
	}

	/** Count, rial total and fees of a run's payouts per status. */
	public List<Tally> tallyByStatus(long runId) {
		return this.jdbc.query(
				"SELECT status, COUNT(*), COALESCE(SUM(amount_irr), 0), COALESCE(SUM(fee_irr), 0) FROM payout"
						+ " WHERE run_id = ?" + CURRENT + " GROUP BY status ORDER BY status",
				(rs, i) -> new Tally(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)), runId);
	}

	/** Count and rial total of a run's payable and paid payouts per bank. */
	public List<Tally> tallyByBank(long runId) {
		return this.jdbc.query("SELECT bank_name, COUNT(*), COALESCE(SUM(amount_irr), 0) FROM payout"
				+ " WHERE run_id = ? AND status <> 'INVALID' AND bank_name IS NOT NULL" + CURRENT
				+ " GROUP BY bank_name ORDER BY bank_name", PayoutLedger::toTally, runId);
	}

	private static Tally toTally(ResultSet rs, int i) throws SQLException {
		return new Tally(rs.getString(1), rs.getLong(2), rs.getLong(3));
	}

	/** Forgets every row of a run whose sheet was rejected as a whole. */
	public void forgetRun(long runId) {
		this.jdbc.update("DELETE FROM payout WHERE run_id = ?", runId);
		this.jdbc.update("DELETE FROM payout_sheet WHERE run_id = ?", runId);
	}

	/**
	 * Streams the sheet trackers (derived ones excluded) and payees of a run's rows
	 * already read, in row order.
	 */
	public void forEachKey(long runId, KeyConsumer action) {
		this.jdbc.query(con -> {
			PreparedStatement select = con.prepareStatement(
					"SELECT row_no, tracker, tracker_derived, destination, amount_irr, status" + BY_ROW + IN_ROW_ORDER);
			select.setFetchSize(1000);
			select.setLong(1, runId);
			return select;
		}, (RowCallbackHandler) rs -> action.accept(rs.getInt(1), rs.getBoolean(3) ? null : rs.getString(2),
				"READY".equals(rs.getString(6)) ? rs.getString(4) : null,
				LedgerRowMapping.nullableLong(rs, "amount_irr")));
	}

	/**
	 * Receives a row's number, its sheet tracker and, for a payable row, its destination
	 * and amount.
	 */
	@FunctionalInterface
	public interface KeyConsumer {

		void accept(int rowNo, String tracker, String destination, Long amountIrr);

	}

	/**
	 * Flags the first rows of repeated trackers and payees, whose repeats were flagged as
	 * they were read: the sheet-wide rules then read only flagged rows.
	 */
	public void flagRepeats(long runId, List<Integer> trackerRows, List<Integer> payeeRows) {
		flag("tracker_repeat", runId, trackerRows);
		flag("payee_repeat", runId, payeeRows);
	}

	private void flag(String column, long runId, List<Integer> rowNos) {
		this.jdbc.batchUpdate("UPDATE payout SET " + column + " = TRUE WHERE run_id = ? AND row_no = ? AND attempt = 0",
				rowNos, rowNos.size(), (update, rowNo) -> {
					update.setLong(1, runId);
					update.setInt(2, rowNo);
				});
	}

	/** Rows already in the ledger for a run: where an interrupted ingest resumes. */
	public int countRows(long runId) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM payout WHERE run_id = ?", Integer.class, runId);
		return (count != null) ? count : 0;
	}

}
