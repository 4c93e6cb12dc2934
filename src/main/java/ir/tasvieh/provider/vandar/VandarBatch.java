package ir.tasvieh.provider.vandar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import ir.tasvieh.provider.PayoutOrder;

/**
 * One batch as sent: the {@code batches_settlement} array written once, the way PHP's
 * {@code json_encode} writes it by default (no whitespace, {@code /} as {@code \/},
 * non-ASCII as lower-case {@code \}{@code uXXXX}), and its id, the SHA-512 of exactly
 * those bytes (providers.md 3.1). The request carries the very same bytes.
 *
 * @param id the {@code batch_id}: 128 lower-case hex digits
 * @param items the {@code batches_settlement} array, ASCII only
 * @param orders the orders in the array, in its order
 */
record VandarBatch(String id, String items, List<PayoutOrder> orders) {

	static VandarBatch of(List<PayoutOrder> orders) {
		StringBuilder array = new StringBuilder("[");
		for (PayoutOrder order : orders) {
			array.append((array.length() > 1) ? ",{" : "{");
			array.append("\"track_id\":\"").append(json(order.tracker())).append('"');
			array.append(",\"iban\":\"").append(json(iban(order.destination()))).append('"');
			array.append(",\"amount\":").append(order.amountIrr());
			array.append(",\"type\":\"ACH\"");
			if (order.paymentNumber() != null && !order.paymentNumber().isBlank()) {
				// As a string: a deposit id may be long or start with zeros.
				array.append(",\"payment_number\":\"").append(json(order.paymentNumber().trim())).append('"');
			}
			if (order.description() != null && !order.description().isBlank()) {
				array.append(",\"description\":\"").append(json(order.description())).append('"');
			}
			array.append('}');
		}
		String items = array.append(']').toString();
		return new VandarBatch(sha512(items), items, List.copyOf(orders));
	}

	/** {@code {"batch_id":"…","batches_settlement":…}}, around the exact array. */
	byte[] requestBody() {
		return ("{\"batch_id\":\"" + this.id + "\",\"batches_settlement\":" + this.items + "}")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The SHEBA with {@code IR}, as Vandar wants it. */
	static String iban(String destination) {
		String sheba = destination.trim().toUpperCase(Locale.ROOT);
		return sheba.startsWith("IR") ? sheba : "IR" + sheba;
	}

	/**
	 * The inside of a JSON string, escaped as PHP's {@code json_encode} does by default.
	 */
	static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '/' -> out.append("\\/");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20 || c > 0x7e && c != 0x7f) {
						// A character outside the BMP is two UTF-16 units: a surrogate
						// pair, as PHP writes it.
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static String sha512(String items) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-512");
			return HexFormat.of().formatHex(digest.digest(items.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "VandarBatch[id=" + this.id + ", orders=" + this.orders.size() + "]";
	}

}
