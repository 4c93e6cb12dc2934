package ir.tasvieh.provider.sandbox.nextpay;

import java.util.Arrays;
import java.util.Optional;

/**
 * The calls of NextPay's checkout web service (providers.md 5), named as in their paths.
 */
enum NextPayOperation {

	/** Pays a SHEBA from the withdrawable balance; the fee comes out of the amount. */
	checkout,
	/** Pays a SHEBA from the withdrawable balance; the fee is charged to the wallet. */
	checkout_withoutfee,
	/**
	 * Pays a card or SHEBA at once from the total balance; the fee is charged to the
	 * wallet.
	 */
	checkout_on_time, get_checkout_status, get_checkout_status_tracker, get_balance, get_api_balance;

	static Optional<NextPayOperation> named(String name) {
		return Arrays.stream(values()).filter((operation) -> operation.name().equals(name)).findFirst();
	}

	boolean isCheckout() {
		return this == checkout || this == checkout_withoutfee || this == checkout_on_time;
	}

	boolean feeFromAmount() {
		return this == checkout;
	}

	/** Whether the payout may use money that is not yet withdrawable. */
	boolean fromTotalBalance() {
		return this == checkout_on_time;
	}

}
