package ir.tasvieh.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

import ir.tasvieh.calendar.JalaliDates;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.SheetLayout;
import ir.tasvieh.validation.SheetFindings;

/**
 * The first sheet of a result workbook: every input column in its original order and
 * text, then the result columns with their exact headers.
 */
final class ResultSheetWriter {

	static final List<String> RESULT_HEADERS = List.of("Status", "Errors", "Bank", "Provider", "Provider Ref",
			"Tracker", "Bank Tracking No", "Fee (IRR)", "Total (IRR)", "Provider Status", "Submitted At", "Updated At");

	private final DeferredSXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final SheetLayout layout;

	private final boolean maskCards;

	private final boolean jalali;

	private final int inputWidth;

	private final long unitRials;

	private final StreamedTallies tallies = new StreamedTallies();

	private int nextRow;

	ResultSheetWriter(DeferredSXSSFWorkbook workbook, WorkbookStyles styles, SheetLayout layout, boolean maskCards,
			boolean jalali) {
		this.sheet = workbook.createSheet(layout.persian() ? "نتیجه" : "Result");
		this.styles = styles;
		this.layout = layout;
		this.maskCards = maskCards;
		this.jalali = jalali;
		this.inputWidth = layout.headerNames().size();
		this.unitRials = "IRT".equals(layout.amountUnit()) ? 10 : 1;
		this.sheet.setRightToLeft(layout.persian());
		// The sheet's settings are written before its rows are made.
		int columns = this.inputWidth + RESULT_HEADERS.size();
		for (int i = 0; i < columns; i++) {
			this.sheet.setColumnWidth(i, 20 * 256);
		}
		this.sheet.setColumnWidth(this.inputWidth + 1, 60 * 256);
		this.sheet.createFreezePane(0, 1);
	}

	DeferredSXSSFSheet sheet() {
		return this.sheet;
	}

	/**
	 * @param reasons what {@code Provider Status} says, by payout id, for a row whose
	 * provider status is empty but whose status carries a reason
	 */
	void write(PayoutLedger ledger, long runId, Map<Long, String> reasons) {
		write(ledger, runId, reasons, null);
	}

	/**
	 * @param only the statuses of the rows to write, or {@code null} for every row
	 */
	void write(PayoutLedger ledger, long runId, Map<Long, String> reasons, Set<PayoutStatus> only) {
		writeHeader();
		Consumer<LedgerRow> row = (payout) -> {
			writeRow(payout, reasons);
			this.tallies.add(payout);
		};
		if (only == null) {
			ledger.forEachRow(runId, row);
		}
		else {
			ledger.forEachRowWithStatus(runId, only, row);
		}
	}

	/** The tallies of the rows written, for the Summary. */
	StreamedTallies tallies() {
		return this.tallies;
	}

	private void writeHeader() {
		Row row = this.sheet.createRow(this.nextRow++);
		int column = 0;
		for (String name : this.layout.headerNames()) {
			header(row, column++, name);
		}
		for (String name : RESULT_HEADERS) {
			header(row, column++, name);
		}
	}

	private void header(Row row, int column, String name) {
		Cell cell = row.createCell(column);
		String text = WorkbookStyles.fitted(name);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.forHeader(text));
	}

	private void writeRow(LedgerRow payout, Map<Long, String> reasons) {
		Row row = this.sheet.createRow(this.nextRow++);
		List<String> input = payout.inputCells();
		for (int column = 0; column < this.inputWidth; column++) {
			String value = (column < input.size()) ? input.get(column) : "";
			if (column == this.layout.amountColumn() && payout.amountIrr() != null) {
				amount(row, column, payout.amountIrr());
			}
			else {
				text(row, column,
						(column == this.layout.cardColumn() && this.maskCards) ? CardMask.mask(value) : value);
			}
		}
		int column = this.inputWidth;
		PayoutStatus status = reported(payout.status());
		Cell statusCell = row.createCell(column++);
		statusCell.setCellValue(status.name());
		statusCell.setCellStyle(this.styles.status(status));
		text(row, column++, SheetFindings.display(SheetFindings.decode(payout.findings())));
		text(row, column++, payout.bankName());
		text(row, column++, payout.provider());
		text(row, column++, payout.providerRef());
		text(row, column++, payout.tracker());
		text(row, column++, payout.bankTrackingNo());
		rials(row, column++, payout.feeIrr());
		rials(row, column++, payout.totalIrr());
		text(row, column++, (payout.providerStatus() != null) ? payout.providerStatus() : reasons.get(payout.id()));
		text(row, column++, date(payout.submittedAt()));
		text(row, column, date(payout.updatedAt()));
	}

	/** SUBMITTING is internal; UNKNOWN (in doubt) is shown as it is. */
	static PayoutStatus reported(PayoutStatus status) {
		return status.reported();
	}

	private void text(Row row, int column, String value) {
		if (value == null || value.isEmpty()) {
			return;
		}
		Cell cell = row.createCell(column);
		String text = WorkbookStyles.fitted(value);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.forText(text));
	}

	private void amount(Row row, int column, long amountIrr) {
		Cell cell = row.createCell(column);
		if (amountIrr % this.unitRials == 0) {
			cell.setCellValue((double) (amountIrr / this.unitRials));
			cell.setCellStyle(this.styles.rials);
		}
		else {
			cell.setCellValue(amountIrr / (double) this.unitRials);
			cell.setCellStyle(this.styles.decimalAmount);
		}
	}

	private void rials(Row row, int column, Long value) {
		if (value != null) {
			Cell cell = row.createCell(column);
			cell.setCellValue((double) value);
			cell.setCellStyle(this.styles.rials);
		}
	}

	private String date(Instant instant) {
		return (instant != null) ? JalaliDates.format(instant, this.jalali) : null;
	}

}
