package ir.tasvieh.provider;

import java.time.Duration;
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

	/**
	 * Whether payouts go in batches ({@link #batchId} is never {@code null}). A claimed
	 * payout without a committed batch was then never sent.
	 */
	default boolean sendsInBatches() {
		return false;
	}

	/** Sends payouts; one outcome per order, in any order, matched by payout id. */
	List<ProviderOutcome> submit(List<PayoutOrder> orders);

	/**
	 * {@link #submit} that asks the gate right before each call that sends: an order
	 * whose call the gate refuses is never sent and comes back
	 * {@link OutcomeKind#CANCELED} with the gate's words. A provider that sends a group
	 * in one call asks once.
	 */
	default List<ProviderOutcome> submit(List<PayoutOrder> orders, SendGate gate) {
		String closed = gate.closedBecause();
		return (closed != null) ? ProviderOutcome.notSent(orders, closed, "submit") : submit(orders);
	}

	/**
	 * Whether sent payouts can be cancelled until they are final ({@link #cancel}); only
	 * Vandar's settlements can (providers.md section 4.4).
	 */
	default boolean cancels() {
		return false;
	}

	/**
	 * Asks the provider to cancel sent payouts that are not final; one outcome per order:
	 * {@link OutcomeKind#CANCELED} when it took a payout back,
	 * {@link OutcomeKind#PENDING} when it refused (the payout is followed as before),
	 * {@link OutcomeKind#UNKNOWN} when its answer was lost.
	 */
	default List<ProviderOutcome> cancel(List<PayoutOrder> orders) {
		return orders.stream()
			.map((order) -> new ProviderOutcome(order.payoutId(), OutcomeKind.PENDING, null, null, null, null,
					name().id() + " offers no cancel", new ProviderAnswer("cancel", null, "not sent: no cancel call")))
			.toList();
	}

	/**
	 * How long after a payout was paid the provider may still report it returned
	 * ({@link OutcomeKind#REVERSED}) only when asked about it again; zero when it never
	 * needs asking (docs/SPEC.md section 9.6).
	 */
	default Duration returnsWindow() {
		return Duration.ZERO;
	}

	/** How long at least between two questions about one paid payout. */
	default Duration returnsAskedEvery() {
		return Duration.ofHours(12);
	}

	/**
	 * Asks about payouts that were (or may have been) sent; one outcome per order.
	 * {@link OutcomeKind#NOT_FOUND} means the provider never took it.
	 */
	List<ProviderOutcome> inquire(List<PayoutOrder> orders);

}
