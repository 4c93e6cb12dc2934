package ir.tasvieh.provider;

/**
 * What a provider, in its configured mode, can pay: what row validation must know before
 * anything is sent.
 *
 * @param provider the provider
 * @param label how messages name it, e.g. {@code NextPay checkout_withoutfee}
 * @param paysCards whether a card-only row can be paid
 * @param minAmountIrr the lowest amount per payout in rials
 * @param maxAmountIrr the highest amount per payout in rials
 */
public record ProviderCapabilities(ProviderName provider, String label, boolean paysCards, long minAmountIrr,
		long maxAmountIrr) {

}
