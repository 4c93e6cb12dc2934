package ir.tasvieh.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import ir.tasvieh.payout.DuplicateRow;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.SheetLayout;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.validation.Finding;
import ir.tasvieh.validation.SheetFindings;
import ir.tasvieh.sheet.MessageText;

/**
 * The rules that need the whole sheet, applied set-based over the ledger once every row
 * is in: a tracker used twice, the same payee paid the same amount twice, and the run's
 * total. Doing this in the database keeps memory flat and survives a restart of the
 * ingest step.
 */
class SheetWideRules implements Tasklet {

	private final PayoutLedger ledger;

	private final long runId;

	private final String fileName;

	private final boolean rejectDuplicatePayees;

	private final long maxRunIrr;

	SheetWideRules(PayoutLedger ledger, long runId, String fileName, boolean rejectDuplicatePayees, long maxRunIrr) {
		this.ledger = ledger;
		this.runId = runId;
		this.fileName = fileName;
		this.rejectDuplicatePayees = rejectDuplicatePayees;
		this.maxRunIrr = maxRunIrr;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		markSharedTrackers();
		markSharedPayees();
		checkRunTotal();
		return RepeatStatus.FINISHED;
	}

	/**
	 * Every row sharing a tracker is invalid: which of them was meant cannot be known.
	 */
	private void markSharedTrackers() {
		SheetLayout layout = this.ledger.layout(this.runId);
		String column = (layout.trackerColumn() >= 0) ? layout.headerNames().get(layout.trackerColumn()) : "tracker";
		List<DuplicateRow> rows = this.ledger.rowsSharingTracker(this.runId);
		List<DuplicateRow> marked = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			DuplicateRow row = rows.get(i);
			DuplicateRow other = (i + 1 < rows.size() && rows.get(i + 1).key().equals(row.key())) ? rows.get(i + 1)
					: rows.get(i - 1);
			marked.add(withFinding(row, SheetFindings.trackerDuplicate(column, row.key(), other.rowNo()),
					PayoutStatus.INVALID));
		}
		this.ledger.updateFindings(marked);
	}

	/**
	 * The first row of a payee and amount stays clean; later ones are warned (or
	 * refused).
	 */
	private void markSharedPayees() {
		List<DuplicateRow> rows = this.ledger.rowsSharingPayee(this.runId);
		List<DuplicateRow> marked = new ArrayList<>(rows.size());
		DuplicateRow first = null;
		for (DuplicateRow row : rows) {
			if (first == null || !first.key().equals(row.key())) {
				first = row;
				continue;
			}
			Finding finding = SheetFindings.duplicatePayee(first.rowNo(), this.rejectDuplicatePayees);
			marked.add(withFinding(row, finding, finding.isError() ? PayoutStatus.INVALID : row.status()));
		}
		this.ledger.updateFindings(marked);
	}

	private static DuplicateRow withFinding(DuplicateRow row, Finding finding, PayoutStatus status) {
		return new DuplicateRow(row.id(), row.rowNo(), row.key(), status,
				SheetFindings.append(row.findings(), finding));
	}

	private void checkRunTotal() {
		long ready = this.ledger.tallyByStatus(this.runId)
			.stream()
			.filter((tally) -> PayoutStatus.READY.name().equals(tally.key()))
			.mapToLong(Tally::totalIrr)
			.sum();
		if (ready > this.maxRunIrr) {
			throw new SheetRejected("RUN_TOTAL_TOO_HIGH",
					"جمع مبالغ معتبر فایل " + MessageText.quote(this.fileName) + " (" + MessageText.number(ready)
							+ " ریال) از سقف هر اجرا (" + MessageText.number(this.maxRunIrr) + " ریال، "
							+ MessageText.isolate("tasvieh.limits.max-run-irr") + ") بیشتر است.",
					"The valid rows of '" + this.fileName + "' total " + ready + " rials, above the run limit of "
							+ this.maxRunIrr + " rials (tasvieh.limits.max-run-irr).");
		}
	}

}
