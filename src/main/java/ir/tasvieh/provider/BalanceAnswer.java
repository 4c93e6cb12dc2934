package ir.tasvieh.provider;

/**
 * The balance a provider can pay from.
 *
 * @param availableIrr the rials available for the configured kind of payout, or
 * {@code null} when the balance could not be read
 * @param message the provider's message, or what went wrong
 * @param answer the raw answer
 */
public record BalanceAnswer(Long availableIrr, String message, ProviderAnswer answer) {

	public boolean known() {
		return this.availableIrr != null;
	}

}
