package ir.tasvieh.provider.nextpay;

import java.util.Map;

/**
 * NextPay's general error codes in English (providers.md section 5): they explain an
 * answer whose message is empty. Whether checkout returns all of them is unconfirmed.
 */
final class NextPayCodes {

	/** The code of a request NextPay took. */
	static final long OK = 200;

	private static final Map<Long, String> MEANINGS = Map.ofEntries(Map.entry(0L, "paid and complete"),
			Map.entry(-1L, "awaiting payment"), Map.entry(-2L, "rejected by user or bank"),
			Map.entry(-3L, "awaiting bank answer"), Map.entry(-4L, "cancelled"), Map.entry(-20L, "api_key missing"),
			Map.entry(-21L, "trans_id missing"), Map.entry(-22L, "amount missing"), Map.entry(-23L, "link missing"),
			Map.entry(-24L, "amount invalid"), Map.entry(-25L, "transaction already done"),
			Map.entry(-26L, "token missing"), Map.entry(-27L, "order id invalid"),
			Map.entry(-28L, "custom_json_fields is not JSON"), Map.entry(-29L, "refund code invalid"),
			Map.entry(-30L, "amount below minimum"), Map.entry(-31L, "wallet does not exist"),
			Map.entry(-32L, "callback invalid"), Map.entry(-33L, "API key invalid"),
			Map.entry(-34L, "transaction code invalid"), Map.entry(-35L, "API key format invalid"),
			Map.entry(-36L, "order id missing"), Map.entry(-37L, "transaction not found"),
			Map.entry(-38L, "token does not exist"), Map.entry(-39L, "API key does not exist"),
			Map.entry(-40L, "API key blocked"), Map.entry(-41L, "bank verification id missing"),
			Map.entry(-42L, "payment system problem"), Map.entry(-43L, "no gateway found for the request"),
			Map.entry(-44L, "invalid bank response"), Map.entry(-45L, "payment system disabled"),
			Map.entry(-46L, "invalid request"), Map.entry(-47L, "API key deleted"),
			Map.entry(-48L, "commission rate not set"), Map.entry(-49L, "duplicate transaction"),
			Map.entry(-50L, "no account for the fund"), Map.entry(-51L, "user id not found"),
			Map.entry(-52L, "account not verified"), Map.entry(-90L, "refund done"), Map.entry(-91L, "refund failed"),
			Map.entry(-92L, "refund error"), Map.entry(-93L, "fund balance too low for refund"),
			Map.entry(-94L, "refund key not found"));

	private NextPayCodes() {
	}

	/**
	 * Whether a refusal of a checkout may still mean the payout was taken: "paid",
	 * "awaiting", "already done" and the configured "duplicate" codes all say something
	 * exists.
	 */
	static boolean mayHaveBeenTaken(long code, NextPaySettings settings) {
		return code == 0 || code == -1 || code == -3 || code == -25 || settings.duplicateCodes().contains(code);
	}

	/**
	 * {@code code: message}, with the code's English meaning when the message is empty.
	 */
	static String describe(long code, String message) {
		if (message != null && !message.isBlank()) {
			return code + ": " + message.trim();
		}
		String meaning = MEANINGS.get(code);
		if (meaning == null && code <= -60 && code >= -73) {
			meaning = "a field is invalid";
		}
		return code + ": " + ((meaning != null) ? meaning : "error code not documented");
	}

}
