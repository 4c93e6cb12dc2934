package ir.tasvieh.sheet;

/**
 * The columns of a payout sheet that tasvieh understands (SPEC section 3). Any other
 * column is carried through to the result workbook untouched.
 */
public enum Column {

	NAME, AMOUNT, SHEBA, CARD, TRACKER, DESCRIPTION, PAYMENT_NUMBER

}
