package ir.tasvieh.provider;

/**
 * One payout as a provider is asked to make it, or asked about.
 *
 * @param payoutId the ledger's id of the payout (outcomes are matched back by it)
 * @param tracker the tracker sent to the provider: unique per payout attempt
 * @param destinationType {@code SHEBA} or {@code CARD}
 * @param destination the SHEBA as {@code IR} + 24 digits, or the card as 16 digits
 * @param amountIrr the amount in rials
 * @param name the payee's name
 * @param description the sheet's description, or {@code null}
 * @param paymentNumber the sheet's payment number, or {@code null}
 * @param providerRef the provider's reference when one is known (NextPay's trace), else
 * {@code null}
 */
public record PayoutOrder(long payoutId, String tracker, String destinationType, String destination, long amountIrr,
		String name, String description, String paymentNumber, String providerRef) {

	public boolean isCard() {
		return "CARD".equals(this.destinationType);
	}

	@Override
	public String toString() {
		// Never print a full card number.
		String shown = isCard() && this.destination != null && this.destination.length() == 16
				? this.destination.substring(0, 6) + "******" + this.destination.substring(12) : this.destination;
		return "PayoutOrder[payoutId=" + this.payoutId + ", tracker=" + this.tracker + ", destination=" + shown
				+ ", amountIrr=" + this.amountIrr + "]";
	}

}
