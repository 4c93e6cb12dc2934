package ir.tasvieh.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import ir.tasvieh.payout.NewPayout;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.provider.ProviderCapabilities;
import ir.tasvieh.sheet.SheetRow;
import ir.tasvieh.validation.RowValidator;
import ir.tasvieh.validation.SheetFindings;
import ir.tasvieh.validation.Trackers;
import ir.tasvieh.validation.ValidatedRow;
import ir.tasvieh.validation.ValidationPolicy;
import ir.tasvieh.validation.LimitsSettings;

/**
 * Validates a sheet row and turns it into a ledger entry. A row without a tracker gets
 * one derived from the file's SHA-256 and its row number, so the same file always yields
 * the same trackers.
 */
class RowToPayoutProcessor implements ItemProcessor<SheetRow, NewPayout> {

	private static final int MAX_TRACKER = 64;

	private final SheetRowReader sheet;

	private final RowValidator validator;

	private final long runId;

	private final String sha256;

	private final ProviderCapabilities provider;

	private final LimitsSettings limits;

	private final PayoutLedger ledger;

	private ValidationPolicy policy;

	private SeenKeys seen;

	private List<Integer> firstTrackerRows = new ArrayList<>();

	private List<Integer> firstPayeeRows = new ArrayList<>();

	RowToPayoutProcessor(SheetRowReader sheet, RowValidator validator, long runId, String sha256,
			ProviderCapabilities provider, LimitsSettings limits, PayoutLedger ledger) {
		this.ledger = ledger;
		this.sheet = sheet;
		this.validator = validator;
		this.runId = runId;
		this.sha256 = sha256;
		this.provider = provider;
		this.limits = limits;
	}

	@Override
	public NewPayout process(SheetRow row) {
		ValidatedRow valid = this.validator.validate(this.sheet.header(), row, policy());
		boolean derived = valid.tracker() == null || valid.tracker().isEmpty();
		String tracker = derived ? Trackers.derive(this.sha256, row.rowNumber()) : clip(valid.tracker());
		SeenKeys seen = seen();
		int trackerFirst = derived ? SeenKeys.NEW : seen.tracker(tracker, row.rowNumber());
		int payeeFirst = (valid.valid() && valid.destination() != null && valid.amountIrr() != null)
				? seen.payee(valid.destination(), valid.amountIrr(), row.rowNumber()) : SeenKeys.NEW;
		boolean trackerRepeat = trackerFirst != SeenKeys.NEW;
		boolean payeeRepeat = payeeFirst != SeenKeys.NEW;
		if (trackerFirst > 0) {
			this.firstTrackerRows.add(trackerFirst);
		}
		if (payeeFirst > 0) {
			this.firstPayeeRows.add(payeeFirst);
		}
		return new NewPayout(this.runId, row.rowNumber(), this.provider.provider().id(), tracker, derived, valid.name(),
				(valid.destinationType() != null) ? valid.destinationType().name() : null, valid.destination(),
				valid.amountIrr(), valid.bankCode(), valid.bankName(), valid.description(), valid.paymentNumber(),
				valid.valid() ? PayoutStatus.READY : PayoutStatus.INVALID, SheetFindings.encode(valid.findings()),
				this.sheet.inputTexts(row), trackerRepeat, payeeRepeat);
	}

	/**
	 * Flags, in the ledger, the first rows of the repeats seen since the last call: rows
	 * of earlier chunks or of the one just written, in the chunk's transaction.
	 */
	void flagFirstRowsOfRepeats() {
		if (!this.firstTrackerRows.isEmpty() || !this.firstPayeeRows.isEmpty()) {
			this.ledger.flagRepeats(this.runId, this.firstTrackerRows, this.firstPayeeRows);
			this.firstTrackerRows = new ArrayList<>();
			this.firstPayeeRows = new ArrayList<>();
		}
	}

	/**
	 * A restarted step first learns the keys of the rows read before it stopped; the
	 * first rows of their repeats were flagged with the repeats, in one transaction.
	 */
	private SeenKeys seen() {
		if (this.seen == null) {
			SeenKeys keys = new SeenKeys();
			this.ledger.forEachKey(this.runId, (rowNo, tracker, destination, amountIrr) -> {
				if (tracker != null) {
					keys.tracker(tracker, rowNo);
				}
				if (destination != null && amountIrr != null) {
					keys.payee(destination, amountIrr, rowNo);
				}
			});
			this.seen = keys;
		}
		return this.seen;
	}

	/**
	 * The policy needs the header's unit, known only once the step has opened the sheet.
	 */
	private ValidationPolicy policy() {
		if (this.policy == null) {
			this.policy = new ValidationPolicy(this.provider.label(), this.provider.paysCards(),
					this.provider.minAmountIrr(), this.provider.maxAmountIrr(), this.limits.maxRowIrr(),
					this.sheet.amountUnit());
		}
		return this.policy;
	}

	/**
	 * An invalid tracker may be longer than any valid one; the row is INVALID and never
	 * sent.
	 */
	private static String clip(String tracker) {
		return (tracker.length() <= MAX_TRACKER) ? tracker : tracker.substring(0, MAX_TRACKER);
	}

}
