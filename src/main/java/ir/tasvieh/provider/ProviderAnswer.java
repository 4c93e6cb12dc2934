package ir.tasvieh.provider;

/**
 * A provider's raw answer, kept for the record. Holds what the provider sent back, never
 * what tasvieh sent (requests carry secrets).
 *
 * @param operation the call, e.g. {@code checkout_withoutfee} or
 * {@code get_checkout_status_tracker}
 * @param httpStatus the HTTP status, or {@code null} when no answer arrived
 * @param body the answer's body as received (or the reason none arrived), at most 8,000
 * characters, with any card number it echoes masked
 */
public record ProviderAnswer(String operation, Integer httpStatus, String body) {

	private static final int MAX_BODY = 8000;

	public ProviderAnswer {
		body = CardNumbersInText.mask(body);
		if (body != null && body.length() > MAX_BODY) {
			body = body.substring(0, MAX_BODY);
		}
	}

}
