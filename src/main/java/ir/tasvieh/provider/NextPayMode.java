package ir.tasvieh.provider;

/** NextPay's checkout web services (providers.md section 5). */
public enum NextPayMode {

	/** Pays a SHEBA; the fee is taken from the amount. */
	checkout(false),
	/** Pays a SHEBA; the fee is taken from the balance. */
	checkout_withoutfee(false),
	/** Instant payout to a card or a SHEBA. */
	checkout_on_time(true);

	private final boolean paysCards;

	NextPayMode(boolean paysCards) {
		this.paysCards = paysCards;
	}

	public boolean paysCards() {
		return this.paysCards;
	}

}
