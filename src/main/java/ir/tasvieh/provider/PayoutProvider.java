package ir.tasvieh.provider;

import java.util.List;

/**
 * A payout provider: NextPay (one call per payout) or Vandar (batches). Every method
 * answers with data: a failed or lost call is an outcome ({@link OutcomeKind#UNKNOWN}),
 * never an exception. The caller commits each payout as submitting before {@link #submit}
 * is called, and asks with {@link #inquire} before it sends a payout whose outcome is
 * unknown again.
 */
public interface PayoutProvider {

	ProviderName name();

	/** How many payouts one {@link #submit} call should carry. */
	int groupSize();

	/**
	 * What each payout costs on top of its amount, as far as it is known before paying.
	 */
	long estimatedFeeIrr(PayoutOrder order);

	BalanceAnswer balance();

	/**
	 * The key of the batch these orders are sent in, committed to the ledger with the
	 * payouts before {@link #submit} is called; {@code null} for a provider that sends
	 * payouts one by one.
	 */
	default String batchId(List<PayoutOrder> orders) {
		return null;
	}

	/** Sends payouts; one outcome per order, in any order, matched by payout id. */
	List<ProviderOutcome> submit(List<PayoutOrder> orders);

	/**
	 * Asks about payouts that were (or may have been) sent; one outcome per order.
	 * {@link OutcomeKind#NOT_FOUND} means the provider never took it.
	 */
	List<ProviderOutcome> inquire(List<PayoutOrder> orders);

}
