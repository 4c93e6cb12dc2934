package ir.tasvieh.web;

import java.util.List;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.report.CardMask;
import ir.tasvieh.validation.DestinationType;
import ir.tasvieh.validation.Finding;
import ir.tasvieh.validation.SheetFindings;

/**
 * One row of a run as its page shows it: the card number masked, the findings decoded so
 * the page can show them in its language; for a row that failed, was cancelled or
 * returned, or is in doubt, why, in the provider's own words.
 */
record RowLine(int rowNo, String name, String destination, String bank, Long amountIrr, PayoutStatus status,
		String tracker, List<Finding> findings, String providerRef, String bankTrackingNo, String providerStatus,
		String reason) {

	static RowLine of(LedgerRow row, String reason) {
		// Anything that is not a SHEBA may be a card number (even one that failed
		// validation).
		String destination = DestinationType.SHEBA.name().equals(row.destinationType()) ? row.destination()
				: CardMask.mask(row.destination());
		String tracker = (row.sentTracker() != null) ? row.sentTracker() : row.tracker();
		return new RowLine(row.rowNo(), row.name(), destination, row.bankName(), row.amountIrr(), row.status(), tracker,
				SheetFindings.decode(row.findings()), row.providerRef(), row.bankTrackingNo(), row.providerStatus(),
				row.status().carriesReason() ? reason : null);
	}

}
