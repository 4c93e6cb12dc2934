package ir.tasvieh.sheet;

/**
 * The columns of a payout sheet that tasvieh understands (SPEC section 3). Any other
 * column is carried through to the result workbook untouched.
 */
public enum Column {

	NAME, AMOUNT, SHEBA, CARD, TRACKER, DESCRIPTION, PAYMENT_NUMBER,

	/**
	 * The {@code Tracker} column of a result workbook sent back in (SPEC 4.1): the
	 * tracker of a row whose own tracker cell is empty. Not an input column.
	 */
	RESULT_TRACKER

}
