package ir.tasvieh.provider.sandbox.vandar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch-create body as Vandar checks it: {@code batch_id} must be the SHA-512 of the
 * exact bytes of the {@code batches_settlement} array as received (cut out of the body,
 * never re-serialised), and each item passes Laravel-style rules whose failures are keyed
 * {@code batches_settlement.N.field}.
 *
 * @param batchId lowercase, as the batch is stored
 */
record VandarBatchRequest(String batchId, List<Item> items) {

	/** One settlement asked for; {@code position} is its index in the array. */
	record Item(int position, String trackId, String iban, long amountIrr, String type, String paymentNumber,
			String description) {

	}

	/** The request, or the errors that refuse it (Laravel's {@code errors} map). */
	record Checked(VandarBatchRequest request, Map<String, List<String>> errors) {

		void add(String field, String message) {
			this.errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
		}

	}

	/**
	 * What a body carried, read leniently for the log and the track_id check: the
	 * batch_id as sent and each item's track_id by position ({@code null} where absent).
	 */
	record Sent(String batchId, List<String> trackIds) {

		List<String> presentTrackIds() {
			return this.trackIds.stream().filter((trackId) -> trackId != null).toList();
		}

	}

	static final long MIN_AMOUNT_IRR = 50_000;

	static final long MAX_AMOUNT_IRR = 500_000_000;

	static final String ITEMS = "batches_settlement";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern IBAN = Pattern.compile("IR[0-9]{24}");

	private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

	private static final Pattern NUMERIC = Pattern.compile("[0-9]{1,100}");

	/** Checks the body; on errors, {@code request} is {@code null}. */
	static Checked check(byte[] body) {
		Checked checked = new Checked(null, new LinkedHashMap<>());
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			root = null;
		}
		if (root == null || !root.isObject()) {
			checked.add("batch_id", "The batch id field is required.");
			checked.add(ITEMS, "The batches settlement field is required.");
			return checked;
		}
		JsonNode batchId = root.get("batch_id");
		JsonNode items = root.get(ITEMS);
		if (batchId == null || batchId.isNull() || (batchId.isString() && batchId.asString().isBlank())) {
			checked.add("batch_id", "The batch id field is required.");
		}
		else if (!batchId.isString()) {
			checked.add("batch_id", "The batch id field must be a string.");
		}
		if (items == null || items.isNull() || (items.isArray() && items.isEmpty())) {
			checked.add(ITEMS, "The batches settlement field is required.");
		}
		else if (!items.isArray()) {
			checked.add(ITEMS, "The batches settlement field must be an array.");
		}
		if (!checked.errors().isEmpty()) {
			return checked;
		}
		String hash = sha512Hex(rawValue(body, ITEMS));
		if (!hash.equalsIgnoreCase(batchId.asString().strip())) {
			checked.add("batch_id", "The batch id does not match the SHA-512 hash of batches_settlement as sent.");
		}
		List<Item> parsed = new ArrayList<>();
		Set<String> trackIds = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = item(i, items.get(i), checked);
			if (item != null && !trackIds.add(item.trackId())) {
				checked.add(key(i, "track_id"), "The " + key(i, "track_id") + " field has a duplicate value.");
			}
			parsed.add(item);
		}
		return checked.errors().isEmpty() ? new Checked(new VandarBatchRequest(hash, parsed), checked.errors())
				: checked;
	}

	static Sent sent(byte[] body) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return new Sent(null, List.of());
		}
		if (root == null || !root.isObject()) {
			return new Sent(null, List.of());
		}
		JsonNode batchId = root.get("batch_id");
		JsonNode items = root.get(ITEMS);
		List<String> trackIds = new ArrayList<>();
		if (items != null && items.isArray()) {
			items.forEach((item) -> trackIds.add(text(item, "track_id")));
		}
		return new Sent((batchId != null && batchId.isValueNode() && !batchId.isNull()) ? batchId.asString() : null,
				trackIds);
	}

	/** One item, or {@code null} when any of its fields is refused (added to errors). */
	private static Item item(int i, JsonNode node, Checked checked) {
		int before = checked.errors().size();
		String trackId = text(node, "track_id");
		if (trackId == null) {
			checked.add(key(i, "track_id"), "The " + key(i, "track_id") + " field is required.");
		}
		String iban = text(node, "iban");
		if (iban == null) {
			checked.add(key(i, "iban"), "The " + key(i, "iban") + " field is required.");
		}
		else if (!isIban(iban)) {
			checked.add(key(i, "iban"), "The " + key(i, "iban") + " field format is invalid.");
		}
		String amount = text(node, "amount");
		if (amount == null) {
			checked.add(key(i, "amount"), "The " + key(i, "amount") + " field is required.");
		}
		else if (!INTEGER.matcher(amount).matches()) {
			checked.add(key(i, "amount"), "The " + key(i, "amount") + " field must be an integer.");
		}
		else if (Long.parseLong(amount) < MIN_AMOUNT_IRR || Long.parseLong(amount) > MAX_AMOUNT_IRR) {
			checked.add(key(i, "amount"), "The " + key(i, "amount") + " field must be between " + MIN_AMOUNT_IRR
					+ " and " + MAX_AMOUNT_IRR + ".");
		}
		String type = text(node, "type");
		if (type != null && !type.equals("ACH") && !type.equals("A2A")) {
			checked.add(key(i, "type"), "The selected " + key(i, "type") + " is invalid.");
		}
		String paymentNumber = text(node, "payment_number");
		if (paymentNumber != null && !NUMERIC.matcher(paymentNumber).matches()) {
			checked.add(key(i, "payment_number"), "The " + key(i, "payment_number") + " field must be a number.");
		}
		String description = text(node, "description");
		if (description != null && description.length() > 256) {
			checked.add(key(i, "description"),
					"The " + key(i, "description") + " field must not be greater than 256 characters.");
		}
		if (checked.errors().size() > before) {
			return null;
		}
		return new Item(i, trackId, iban, Long.parseLong(amount), (type != null) ? type : "ACH", paymentNumber,
				description);
	}

	static String key(int position, String field) {
		return ITEMS + "." + position + "." + field;
	}

	/** A scalar field as text, {@code null} when absent, null, blank or not a scalar. */
	private static String text(JsonNode item, String field) {
		JsonNode value = (item != null && item.isObject()) ? item.get(field) : null;
		if (value == null || !value.isValueNode() || value.isNull()) {
			return null;
		}
		String text = value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.asString();
		return text.isBlank() ? null : text;
	}

	/** {@code IR} and 24 digits whose ISO 13616 check (mod 97) holds. */
	static boolean isIban(String iban) {
		if (!IBAN.matcher(iban).matches()) {
			return false;
		}
		String rearranged = iban.substring(4) + "1827" + iban.substring(2, 4);
		int remainder = 0;
		for (int i = 0; i < rearranged.length(); i++) {
			remainder = (remainder * 10 + (rearranged.charAt(i) - '0')) % 97;
		}
		return remainder == 1;
	}

	/**
	 * The exact bytes of a top-level field's value in the body, as received; the last one
	 * when the field is repeated, as PHP's decoder keeps.
	 */
	static byte[] rawValue(byte[] body, String field) {
		byte[] found = null;
		try (JsonParser parser = JSON.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				int start = (int) parser.currentTokenLocation().getByteOffset();
				parser.skipChildren();
				int end = (int) parser.currentTokenLocation().getByteOffset() + 1;
				if (field.equals(name)) {
					found = Arrays.copyOfRange(body, start, end);
				}
			}
		}
		return found;
	}

	static String sha512Hex(byte[] bytes) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-512").digest((bytes != null) ? bytes : new byte[0]));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-512", ex);
		}
	}

	static String sha512Hex(String text) {
		return sha512Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	long totalAmountIrr() {
		return this.items.stream().mapToLong(Item::amountIrr).sum();
	}

	List<String> trackIds() {
		return this.items.stream().map(Item::trackId).toList();
	}

}
