package ir.tasvieh.web;

import java.util.List;

import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.report.CardMask;
import ir.tasvieh.validation.Finding;
import ir.tasvieh.validation.SheetFindings;

/**
 * One row of a run as the API shows it (SPEC 9.4): card numbers masked, amounts in rials,
 * the row's findings (errors and warnings) in both languages; for a row that failed, was
 * cancelled or returned, or is in doubt, the {@code reason} in the provider's own words
 * (else {@code null}).
 */
record RowJson(int row, String name, String destinationType, String destination, String bank, Long amount,
		String tracker, String status, List<ErrorJson> errors, String providerRef, String bankTrackingNo, Long fee,
		String reason) {

	static RowJson of(LedgerRow row, String reason) {
		// Anything that is not a SHEBA may be a card number, valid or not.
		String destination = "SHEBA".equals(row.destinationType()) ? row.destination()
				: CardMask.mask(row.destination());
		List<ErrorJson> errors = SheetFindings.decode(row.findings()).stream().map(ErrorJson::of).toList();
		return new RowJson(row.rowNo(), row.name(), row.destinationType(), destination, row.bankName(), row.amountIrr(),
				row.tracker(), shown(row.status()).name(), errors, row.providerRef(), row.bankTrackingNo(),
				row.feeIrr(), row.status().carriesReason() ? reason : null);
	}

	/** SUBMITTING is internal; UNKNOWN is shown as it is (SPEC 5). */
	static PayoutStatus shown(PayoutStatus status) {
		return status.reported();
	}

	/** A finding of a row: its code, severity and message in English and Persian. */
	record ErrorJson(String code, String severity, String message) {

		static ErrorJson of(Finding finding) {
			String severity = (finding.severity() != null) ? finding.severity().name() : null;
			return new ErrorJson(finding.code(), severity,
					ApiError.bilingual(finding.code(), finding.messageEn(), finding.messageFa(), null).message());
		}

	}

}
