package ir.tasvieh.provider.sandbox;

/**
 * A payout's status strings. NextPay documents only {@code Completed}; the others are the
 * sandbox's guesses, named after the balance buckets (providers.md 5).
 */
enum CheckoutStatus {

	InQueue("Your withdrawal request is in the queue"),

	InProcess("Your withdrawal request is being processed"),

	Completed("Your withdrawal request has been completed"),

	Failed("Your withdrawal request has failed and the amount was returned to your wallet"),

	/** Paid, then sent back by the destination bank: only with the returns knob. */
	Returned("Your withdrawal was returned by the destination bank");

	private final String description;

	CheckoutStatus(String description) {
		this.description = description;
	}

	String description() {
		return this.description;
	}

}
