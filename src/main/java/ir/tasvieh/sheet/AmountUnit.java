package ir.tasvieh.sheet;

/**
 * The unit the amount column is written in. Inside tasvieh every amount is a {@code long}
 * of rials; a toman amount is multiplied by ten.
 */
public enum AmountUnit {

	/** Iranian rial. */
	IRR(1),

	/** Toman: ten rials. */
	IRT(10);

	private final long rials;

	AmountUnit(long rials) {
		this.rials = rials;
	}

	/** How many rials one unit is worth. */
	public long rials() {
		return this.rials;
	}

}
