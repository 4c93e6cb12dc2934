package ir.tasvieh.validation;

import ir.tasvieh.sheet.AmountUnit;

/**
 * What the chosen provider and the configured limits allow, as far as a single row is
 * concerned.
 *
 * @param providerLabel how to name the provider and mode in messages, e.g. {@code NextPay
 * checkout_withoutfee}
 * @param cardsAllowed whether a card-only row can be paid ({@code CARD_NOT_SUPPORTED}
 * otherwise)
 * @param minAmountIrr the provider's lowest amount per row in rials (0 for none)
 * @param maxAmountIrr the provider's highest amount per row in rials
 * ({@code Long.MAX_VALUE} for none)
 * @param maxRowIrr {@code tasvieh.limits.max-row-irr}
 * @param defaultUnit the unit of an amount header that names none
 */
public record ValidationPolicy(String providerLabel, boolean cardsAllowed, long minAmountIrr, long maxAmountIrr,
		long maxRowIrr, AmountUnit defaultUnit) {

}
