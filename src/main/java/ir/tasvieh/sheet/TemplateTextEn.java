package ir.tasvieh.sheet;

import java.util.List;

/** The English words of the blank payout template. */
final class TemplateTextEn {

	static final TemplateText TEXT = new TemplateText("Payouts", "Instructions",
			List.of("name", "sheba", "card", "amount (IRR)", "tracker", "description", "payment_number"),
			"How to fill in the payout sheet",
			List.of("Required. The account holder's full name, as the bank knows it.",
					"The 26-character SHEBA (IBAN) of the account: IR followed by 24 digits, e.g. "
							+ "IR820540102680020817909002. Spaces, dashes and Persian digits are fine. "
							+ "Fill in a SHEBA or a card number; when a row has both, the SHEBA is paid and the card "
							+ "is only checked.",
					"The 16-digit bank card number. Only NextPay in checkout_on_time mode pays to cards. Vandar "
							+ "batch settlement and NextPay checkout / checkout_withoutfee (the default) pay to SHEBA "
							+ "only, so there a row with only a card is refused (CARD_NOT_SUPPORTED).",
					"Required. A positive whole number, no decimals. The unit is rials unless the header says toman: "
							+ "to enter toman, rename the header to amount (toman) and tasvieh multiplies by ten. "
							+ "Thousands separators are fine.",
					"Optional. Your own ID for this payment: letters, digits, _ and -, at most 64 characters, "
							+ "used once in the sheet. A payment with the same tracker is never made twice, even "
							+ "across sheets. Left empty, tasvieh derives one from the file and the row number.",
					"Optional. Free text, copied to the result workbook.",
					"Optional. The deposit ID (payment number) passed to the provider where it supports one."),
			List.of(List.of("Type numbers as text",
					"Excel keeps only 15 significant digits of a number, so a SHEBA or card typed as a number "
							+ "loses its last digits and may even become another valid account. The sheba, card, "
							+ "tracker and payment_number columns are formatted as text for the first 1000 rows; "
							+ "below them, format the cells as text or start the value with an apostrophe ('). "
							+ "Never paste these values as numbers."),
					List.of("Columns",
							"Headers may be in English or Persian and in any order. Columns you add are kept "
									+ "and copied to the result workbook."),
					List.of("Result",
							"Every row gets a status (READY, PAID, INVALID, FAILED, ...) and its reasons in the "
									+ "result workbook. Fix the INVALID rows and send the result workbook again: "
									+ "rows already paid are not paid twice.")),
			"Enter a positive whole number, without decimals: rials, or toman if the header says toman.", false);

	private TemplateTextEn() {
	}

}
