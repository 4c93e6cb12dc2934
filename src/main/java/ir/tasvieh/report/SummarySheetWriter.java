package ir.tasvieh.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.DeferredSXSSFSheet;
import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;

import ir.tasvieh.calendar.JalaliDates;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;

/**
 * The {@code Summary} sheet: which run this is, then count and rial total per status and
 * per bank.
 */
final class SummarySheetWriter {

	private final DeferredSXSSFSheet sheet;

	private final WorkbookStyles styles;

	private final boolean jalali;

	private int nextRow;

	SummarySheetWriter(DeferredSXSSFWorkbook workbook, WorkbookStyles styles, boolean persian, boolean jalali) {
		this.sheet = workbook.createSheet("Summary");
		this.sheet.setRightToLeft(persian);
		this.styles = styles;
		this.jalali = jalali;
		this.sheet.setColumnWidth(0, 45 * 256);
		this.sheet.setColumnWidth(1, 70 * 256);
		this.sheet.setColumnWidth(2, 22 * 256);
	}

	DeferredSXSSFSheet sheet() {
		return this.sheet;
	}

	void write(ReportedRun run, List<String> aboveHeader, List<Tally> byStatus, List<Tally> byBank) {
		field("File", run.fileName());
		field("SHA-256", run.sha256());
		field("Provider", run.provider());
		field("Run ID", Long.toString(run.runId()));
		field("Dry run", run.dryRun() ? "yes" : "no");
		field("Started", date(run.startedAt()));
		field("Finished", date(run.finishedAt()));
		field("Uploaded by", run.uploadedBy());
		field("Approved by", run.approvedBy());
		// A title, a date or notes above the header are not paid: say so once (SPEC 3).
		for (int i = 0; i < aboveHeader.size(); i++) {
			field((i == 0) ? "Ignored above the header" : "", aboveHeader.get(i));
		}
		this.nextRow++;
		tallies("Status", reported(byStatus));
		this.nextRow++;
		tallies("Bank", byBank);
	}

	/** SUBMITTING is internal: a report counts it as SUBMITTED. */
	private static List<Tally> reported(List<Tally> byStatus) {
		Map<String, Tally> merged = new TreeMap<>();
		for (Tally tally : byStatus) {
			String key = ResultSheetWriter.reported(PayoutStatus.valueOf(tally.key())).name();
			Tally known = merged.get(key);
			merged.put(key, (known == null) ? new Tally(key, tally.count(), tally.totalIrr())
					: new Tally(key, known.count() + tally.count(), known.totalIrr() + tally.totalIrr()));
		}
		return List.copyOf(merged.values());
	}

	private void field(String label, String value) {
		Row row = this.sheet.createRow(this.nextRow++);
		header(row, 0, label);
		if (value != null) {
			Cell cell = row.createCell(1);
			cell.setCellValue(value);
			cell.setCellStyle(this.styles.forText(value));
		}
	}

	private void tallies(String title, List<Tally> tallies) {
		Row head = this.sheet.createRow(this.nextRow++);
		header(head, 0, title);
		header(head, 1, "Rows");
		header(head, 2, "Total (IRR)");
		long count = 0;
		long total = 0;
		for (Tally tally : tallies) {
			tally(tally.key(), tally.count(), tally.totalIrr(), false);
			count += tally.count();
			total += tally.totalIrr();
		}
		tally("Total", count, total, true);
	}

	private void tally(String key, long count, long totalIrr, boolean bold) {
		Row row = this.sheet.createRow(this.nextRow++);
		if (bold) {
			header(row, 0, key);
		}
		else {
			Cell name = row.createCell(0);
			name.setCellValue(key);
			name.setCellStyle(this.styles.forText(key));
		}
		Cell rows = row.createCell(1);
		rows.setCellValue((double) count);
		rows.setCellStyle(this.styles.rials);
		Cell rials = row.createCell(2);
		rials.setCellValue((double) totalIrr);
		rials.setCellStyle(this.styles.rials);
	}

	private void header(Row row, int column, String text) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(this.styles.header);
	}

	private String date(Instant instant) {
		return (instant != null) ? JalaliDates.format(instant, this.jalali) : null;
	}

}
