package ir.tasvieh.validation;

import java.util.List;

/**
 * A row after normalisation and validation. Fields hold the normalised value, or
 * {@code null} when the cell was empty or could not be normalised.
 *
 * @param rowNumber the sheet row number
 * @param name the payee's name, trimmed
 * @param amountIrr the amount in rials
 * @param destinationType SHEBA when the row has a SHEBA, CARD for a card-only row, else
 * {@code null}
 * @param sheba the SHEBA as {@code IR} + 24 digits
 * @param card the card number as 16 ASCII digits
 * @param bankCode the SHEBA bank code (3 digits) or the card BIN (6 digits)
 * @param bankName the bank's name (Persian, then English), e.g.
 * {@code بانک ملت (Bank Mellat)}
 * @param tracker the sheet's tracker, normalised; {@code null} when the sheet gives none
 * @param description the sheet's description
 * @param paymentNumber the sheet's payment number
 * @param findings every failed rule, errors and warnings, in rule order
 */
public record ValidatedRow(int rowNumber, String name, Long amountIrr, DestinationType destinationType, String sheba,
		String card, String bankCode, String bankName, String tracker, String description, String paymentNumber,
		List<Finding> findings) {

	public ValidatedRow {
		findings = List.copyOf(findings);
	}

	/** Whether no finding is an error, so the row may be paid. */
	public boolean valid() {
		return this.findings.stream().noneMatch(Finding::isError);
	}

	/** The destination the payout goes to: the SHEBA when there is one, else the card. */
	public String destination() {
		return (this.destinationType == DestinationType.CARD) ? this.card : this.sheba;
	}

}
