package ir.tasvieh.provider.sandbox.nextpay;

/**
 * A refusal in NextPay's words: one of its negative codes (providers.md 5, the gateway
 * table) and a message.
 */
record NextPayError(int code, String message) {

	static final NextPayError API_KEY_INVALID = new NextPayError(-33, "API key invalid");

	static final NextPayError API_KEY_MISSING = new NextPayError(-20, "api_key missing");

	static final NextPayError AMOUNT_MISSING = new NextPayError(-22, "amount missing");

	static final NextPayError AMOUNT_INVALID = new NextPayError(-24, "amount invalid");

	static final NextPayError AMOUNT_BELOW_MINIMUM = new NextPayError(-30, "amount below minimum");

	static final NextPayError TRACE_INVALID = new NextPayError(-34, "transaction code invalid");

	static final NextPayError NOT_FOUND = new NextPayError(-37, "transaction not found");

	static final NextPayError DUPLICATE = new NextPayError(-49, "duplicate transaction");

	/**
	 * An answer that says neither "I have it" nor "I do not know it", for the unclear
	 * inquiries knob.
	 */
	static final NextPayError SYSTEM_PROBLEM = new NextPayError(-42, "payment system problem");

	static final NextPayError NAME_INVALID = new NextPayError(-65, "name invalid");

	/**
	 * The gateway table has no checkout code for a short balance; -93 ("fund balance too
	 * low") is the nearest in meaning (-31 means the wallet does not exist).
	 */
	static final NextPayError BALANCE_TOO_LOW = new NextPayError(-93, "fund balance too low");

	/** The gateway table's catch-all, with the reason in the message. */
	static NextPayError invalidRequest(String reason) {
		return new NextPayError(-46, "invalid request: " + reason);
	}

}
