package ir.tasvieh.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.SheetLayout;
import ir.tasvieh.sheet.AmountUnit;
import ir.tasvieh.sheet.Column;
import ir.tasvieh.sheet.PayoutSheetReader;
import ir.tasvieh.sheet.PayoutSheets;
import ir.tasvieh.sheet.SheetHeader;
import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.sheet.SheetRow;
import ir.tasvieh.sheet.MessageText;

/**
 * Reads a run's sheet row by row for the chunk-oriented ingest step. It remembers how
 * many rows were read in the step's execution context, so a restarted step skips the rows
 * whose chunk was already committed to the ledger.
 */
class SheetRowReader implements ItemStreamReader<SheetRow> {

	private static final String ROWS_READ = "sheet.rows.read";

	private final PayoutSheets sheets;

	private final PayoutLedger ledger;

	private final long runId;

	private final Path file;

	private final String fileName;

	private final int maxRows;

	private final AmountUnit defaultUnit;

	private PayoutSheetReader reader;

	private SheetHeader header;

	private List<Integer> inputColumns;

	private int rowsRead;

	SheetRowReader(PayoutSheets sheets, PayoutLedger ledger, long runId, Path file, String fileName, int maxRows,
			AmountUnit defaultUnit) {
		this.sheets = sheets;
		this.ledger = ledger;
		this.runId = runId;
		this.file = file;
		this.fileName = fileName;
		this.maxRows = maxRows;
		this.defaultUnit = defaultUnit;
	}

	@Override
	public void open(ExecutionContext context) {
		this.reader = this.sheets.open(this.file, this.fileName);
		this.header = this.reader.header();
		this.inputColumns = this.header.inputColumns();
		this.ledger.saveLayout(this.runId, layout(this.header));
		int committed = context.getInt(ROWS_READ, 0);
		while (this.rowsRead < committed && this.reader.next() != null) {
			this.rowsRead++;
		}
	}

	/**
	 * The input columns only: the result columns of a result workbook sent back in are
	 * written afresh, not copied a second time.
	 */
	private SheetLayout layout(SheetHeader header) {
		List<String> names = this.inputColumns.stream().map(header.names()::get).toList();
		return new SheetLayout(header.rowNumber(), names, header.inputIndexOf(Column.CARD),
				header.inputIndexOf(Column.TRACKER), header.inputIndexOf(Column.AMOUNT), amountUnit().name(),
				header.persian(), header.aboveLines());
	}

	/**
	 * The unit the amount column is read in: the one its header names, else the
	 * configured one.
	 */
	AmountUnit amountUnit() {
		return (this.header.amountUnit() != null) ? this.header.amountUnit() : this.defaultUnit;
	}

	SheetHeader header() {
		return this.header;
	}

	@Override
	public SheetRow read() {
		SheetRow row = this.reader.next();
		if (row == null) {
			if (this.rowsRead == 0) {
				throw SheetRejected.noDataRows(this.fileName);
			}
			return null;
		}
		if (++this.rowsRead > this.maxRows) {
			throw new SheetRejected("TOO_MANY_ROWS",
					"فایل " + MessageText.quote(this.fileName) + " بیش از " + MessageText.number(this.maxRows)
							+ " ردیف دارد (" + MessageText.isolate("tasvieh.limits.max-rows")
							+ "). آن را به چند فایل تقسیم کنید.",
					"The sheet '" + this.fileName + "' has more than " + this.maxRows
							+ " rows (tasvieh.limits.max-rows); split it into several sheets.");
		}
		return row;
	}

	/** The row's cells under the input columns, one text per column. */
	List<String> inputTexts(SheetRow row) {
		List<String> texts = new ArrayList<>(this.inputColumns.size());
		for (int column : this.inputColumns) {
			texts.add(row.cell(column).text());
		}
		return texts;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putInt(ROWS_READ, this.rowsRead);
	}

	@Override
	public void close() {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

}
