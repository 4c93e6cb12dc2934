package ir.tasvieh.payout;

import java.util.List;

/**
 * A validated sheet row as it enters the ledger.
 *
 * @param runId the run it belongs to
 * @param rowNo the sheet row number
 * @param provider {@code nextpay} or {@code vandar}
 * @param tracker the row's tracker (from the sheet or derived)
 * @param trackerDerived whether tasvieh derived the tracker
 * @param name the payee's name
 * @param destinationType {@code SHEBA}, {@code CARD} or {@code null}
 * @param destination the normalised SHEBA or card number, or {@code null}
 * @param amountIrr the amount in rials, or {@code null} when it was not a valid amount
 * @param bankCode SHEBA bank code or card BIN
 * @param bankName the bank's display name
 * @param description the sheet's description
 * @param paymentNumber the sheet's payment number
 * @param status {@link PayoutStatus#READY} or {@link PayoutStatus#INVALID}
 * @param findings the row's findings, encoded by the validation feature
 * @param inputCells every input cell's text, in sheet column order
 * @param trackerRepeat whether the sheet tracker may have been used by another row (the
 * first row of a repeat is flagged later, by {@link PayoutLedger#flagRepeats})
 * @param payeeRepeat whether the destination and amount may be paid by another row
 */
public record NewPayout(long runId, int rowNo, String provider, String tracker, boolean trackerDerived, String name,
		String destinationType, String destination, Long amountIrr, String bankCode, String bankName,
		String description, String paymentNumber, PayoutStatus status, String findings, List<String> inputCells,
		boolean trackerRepeat, boolean payeeRepeat) {

}
