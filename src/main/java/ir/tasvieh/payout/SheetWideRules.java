package ir.tasvieh.payout;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

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
@Component
public class SheetWideRules {

	private final PayoutLedger ledger;

	SheetWideRules(PayoutLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * Applies the rules to a run whose rows are all in the ledger.
	 * @param fileName the user's name of the sheet, for the refusal of a run over the
	 * limit
	 * @throws SheetRejected when the valid rows total more than {@code maxRunIrr}
	 */
	public void apply(long runId, String fileName, boolean rejectDuplicatePayees, long maxRunIrr) {
		markSharedTrackers(runId);
		markSharedPayees(runId, rejectDuplicatePayees);
		checkRunTotal(runId, fileName, maxRunIrr);
	}

	/**
	 * Every row sharing a tracker is invalid: which of them was meant cannot be known.
	 */
	private void markSharedTrackers(long runId) {
		SheetLayout layout = this.ledger.layout(runId);
		String column = (layout.trackerColumn() >= 0) ? layout.headerNames().get(layout.trackerColumn()) : "tracker";
		List<DuplicateRow> rows = this.ledger.rowsSharingTracker(runId);
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
	private void markSharedPayees(long runId, boolean rejectDuplicatePayees) {
		List<DuplicateRow> rows = this.ledger.rowsSharingPayee(runId);
		List<DuplicateRow> marked = new ArrayList<>(rows.size());
		DuplicateRow first = null;
		for (DuplicateRow row : rows) {
			if (first == null || !first.key().equals(row.key())) {
				first = row;
				continue;
			}
			Finding finding = SheetFindings.duplicatePayee(first.rowNo(), rejectDuplicatePayees);
			marked.add(withFinding(row, finding, finding.isError() ? PayoutStatus.INVALID : row.status()));
		}
		this.ledger.updateFindings(marked);
	}

	private static DuplicateRow withFinding(DuplicateRow row, Finding finding, PayoutStatus status) {
		return new DuplicateRow(row.id(), row.rowNo(), row.key(), status,
				SheetFindings.append(row.findings(), finding));
	}

	private void checkRunTotal(long runId, String fileName, long maxRunIrr) {
		long ready = this.ledger.tallyByStatus(runId)
			.stream()
			.filter((tally) -> PayoutStatus.READY.name().equals(tally.key()))
			.mapToLong(Tally::totalIrr)
			.sum();
		if (ready > maxRunIrr) {
			throw new SheetRejected("RUN_TOTAL_TOO_HIGH",
					"جمع مبالغ معتبر فایل " + MessageText.quote(fileName) + " (" + MessageText.number(ready)
							+ " ریال) از سقف هر اجرا (" + MessageText.number(maxRunIrr) + " ریال، "
							+ MessageText.isolate("tasvieh.limits.max-run-irr") + ") بیشتر است.",
					"The valid rows of '" + fileName + "' total " + ready + " rials, above the run limit of "
							+ maxRunIrr + " rials (tasvieh.limits.max-run-irr).");
		}
	}

}
