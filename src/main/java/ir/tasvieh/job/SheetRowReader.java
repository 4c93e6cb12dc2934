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
		this.reader = this.sheets.open(this.file);
		this.header = this.reader.header();
		this.ledger.saveLayout(this.runId, layout(this.header));
		int committed = context.getInt(ROWS_READ, 0);
		while (this.rowsRead < committed && this.reader.next() != null) {
			this.rowsRead++;
		}
	}

	private SheetLayout layout(SheetHeader header) {
		return new SheetLayout(header.rowNumber(), header.names(), header.indexOf(Column.CARD).orElse(-1),
				header.indexOf(Column.TRACKER).orElse(-1), header.indexOf(Column.AMOUNT).orElse(-1),
				amountUnit().name(), header.persian());
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
					"فایل «" + this.fileName + "» بیش از " + this.maxRows
							+ " ردیف دارد (tasvieh.limits.max-rows). آن را به چند فایل تقسیم کنید.",
					"The sheet '" + this.fileName + "' has more than " + this.maxRows
							+ " rows (tasvieh.limits.max-rows); split it into several sheets.");
		}
		return row;
	}

	/** The row's cells under the header, one text per header column. */
	List<String> inputTexts(SheetRow row) {
		int width = this.header.names().size();
		List<String> texts = new ArrayList<>(width);
		for (int i = 0; i < width; i++) {
			texts.add(row.cell(i).text());
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
