package ir.tasvieh.provider.vandar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.tasvieh.provider.client.AnswerFields;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderAnswer;
import ir.tasvieh.provider.ProviderOutcome;
import tools.jackson.databind.JsonNode;

/**
 * What Vandar's answers mean for a payout (providers.md, decisions). Anything that does
 * not clearly say otherwise is {@link OutcomeKind#UNKNOWN}: the batch may have been
 * taken, so it is asked about, never sent blindly again.
 */
final class VandarOutcomes {

	private static final Pattern ITEM_FIELD = Pattern.compile("^batches_settlement\\.(\\d+)(?:\\.(.+))?$");

	/** Refusals that say the request was not taken. */
	private static final Set<Integer> REFUSED = Set.of(400, 402, 403, 404, 405, 406, 410);

	private VandarOutcomes() {
	}

	/** The answer to creating a batch, for each order in it. */
	static List<ProviderOutcome> submitted(List<PayoutOrder> sent, VandarReply reply) {
		if (reply.tokensExpired()) {
			return all(sent, OutcomeKind.FAILED, VandarReply.TOKENS_EXPIRED, reply);
		}
		if (reply.notTaken() != null) {
			return all(sent, OutcomeKind.NOT_FOUND, reply.notTaken(), reply);
		}
		if (reply.success() && reply.failure() == null) {
			List<ProviderOutcome> outcomes = new ArrayList<>();
			for (PayoutOrder order : sent) {
				outcomes.add(new ProviderOutcome(order.payoutId(), OutcomeKind.PENDING, null, null, null, "INIT",
						"batch accepted", reply.answer()));
			}
			return outcomes;
		}
		if (reply.status(422)) {
			return refused(sent, reply);
		}
		if (reply.httpStatus() != null && REFUSED.contains(reply.httpStatus()) && reply.failure() == null) {
			return all(sent, OutcomeKind.FAILED, "refused: " + reply.problem(), reply);
		}
		return all(sent, OutcomeKind.UNKNOWN,
				reply.problem() + " (the batch may have been taken: ask before sending again)", reply);
	}

	/**
	 * A 422 refuses the whole request. An item it names failed; the others were not taken
	 * and may go in another batch. A named {@code batch_id} or {@code track_id} may mean
	 * Vandar already has it: those stay unknown.
	 */
	private static List<ProviderOutcome> refused(List<PayoutOrder> sent, VandarReply reply) {
		JsonNode errors = (reply.json() != null) ? reply.json().get("errors") : null;
		Map<Integer, List<String>> items = new LinkedHashMap<>();
		Set<Integer> duplicates = new TreeSet<>();
		List<String> general = new ArrayList<>();
		boolean batchId = false;
		if (errors != null && errors.isObject()) {
			for (Map.Entry<String, JsonNode> error : errors.properties()) {
				String said = messages(error.getValue());
				Matcher item = ITEM_FIELD.matcher(error.getKey());
				if (item.matches() && item.group(1).length() < 6 && Integer.parseInt(item.group(1)) < sent.size()) {
					int index = Integer.parseInt(item.group(1));
					String field = (item.group(2) != null) ? item.group(2) : "item";
					items.computeIfAbsent(index, (i) -> new ArrayList<>()).add(field + ": " + said);
					if ("track_id".equals(field)) {
						duplicates.add(index);
					}
				}
				else {
					batchId |= "batch_id".equals(error.getKey());
					general.add(error.getKey() + ": " + said);
				}
			}
		}
		String generally = general.isEmpty() ? reply.problem() : "HTTP 422: " + String.join("; ", general);
		if (batchId) {
			return all(sent, OutcomeKind.UNKNOWN,
					generally + " (Vandar may already have this batch: ask before sending again)", reply);
		}
		if (items.isEmpty()) {
			return all(sent, OutcomeKind.FAILED, "refused: " + generally, reply);
		}
		List<ProviderOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < sent.size(); i++) {
			long id = sent.get(i).payoutId();
			List<String> said = items.get(i);
			if (duplicates.contains(i)) {
				outcomes.add(ProviderOutcome.unknown(id,
						"HTTP 422: " + String.join("; ", said)
								+ " (Vandar may already have this track_id: ask before sending again)",
						reply.answer()));
			}
			else if (said != null) {
				outcomes.add(new ProviderOutcome(id, OutcomeKind.FAILED, null, null, null, null,
						"refused: " + String.join("; ", said), reply.answer()));
			}
			else {
				outcomes.add(new ProviderOutcome(id, OutcomeKind.NOT_FOUND, null, null, null, null,
						"not taken: Vandar refused the whole batch for other items", reply.answer()));
			}
		}
		return outcomes;
	}

	/**
	 * The answer to a settlement cancel call: {@code status: 1} took the settlement back
	 * (CANCELED, with Vandar's words); a refusal leaves it pending, to be followed; a
	 * lost answer is unknown, and the settlement is followed as well.
	 */
	static ProviderOutcome canceled(PayoutOrder order, VandarReply reply) {
		String said = (reply.json() != null) ? VandarReply.message(reply.json()) : null;
		String status = (reply.json() != null) ? AnswerFields.text(reply.json(), "status") : null;
		if (reply.success() && "1".equals(status)) {
			return new ProviderOutcome(order.payoutId(), OutcomeKind.CANCELED, order.providerRef(), null, null,
					"CANCELED", "cancelled at Vandar" + ((said != null) ? ": " + said : ""), reply.answer());
		}
		OutcomeKind kind = (reply.httpStatus() == null) ? OutcomeKind.UNKNOWN : OutcomeKind.PENDING;
		return new ProviderOutcome(order.payoutId(), kind, null, null, null, null, "cancel refused: " + reply.problem(),
				reply.answer());
	}

	/**
	 * An item of a found batch; {@code settlement} is asked only for a submitted item.
	 */
	static ProviderOutcome item(PayoutOrder order, JsonNode item, Supplier<VandarReply> settlement) {
		long id = order.payoutId();
		String status = upper(AnswerFields.text(item, "status"));
		String transactionId = AnswerFields.text(item, "transaction_id");
		ProviderAnswer answer = new ProviderAnswer("batch-settlements", 200, item.toString());
		if ("SUBMITTED".equals(status)) {
			return settled(order, transactionId, settlement.get());
		}
		OutcomeKind kind = kind(status);
		String message = (kind == OutcomeKind.FAILED) ? AnswerFields.text(item, "error_message") : null;
		if (kind == OutcomeKind.PENDING && status != null && !"INIT".equals(status) && !"PENDING".equals(status)) {
			message = "status " + status + " is not known: taken as pending";
		}
		return new ProviderOutcome(id, kind, transactionId, null, null, status,
				(kind == OutcomeKind.FAILED && message == null) ? "failed without an error_message" : message, answer);
	}

	/** A submitted item: its settlement by track_id tells how it ended. */
	private static ProviderOutcome settled(PayoutOrder order, String transactionId, VandarReply reply) {
		long id = order.payoutId();
		JsonNode settlement = reply.readable() ? settlement(reply.json(), order.tracker()) : null;
		if (settlement == null) {
			String why = reply.status(404) ? "Vandar shows no settlement for the track_id yet"
					: reply.readable() ? "the settlement answer carries no settlement" : reply.problem();
			return new ProviderOutcome(id, OutcomeKind.PENDING, transactionId, null, null, "SUBMITTED",
					"submitted to the bank; " + why, reply.answer());
		}
		String status = upper(AnswerFields.text(settlement, "status"));
		OutcomeKind kind = kind(status);
		String ref = AnswerFields.text(settlement, "transaction_id");
		String tracking = (kind == OutcomeKind.PAID) ? AnswerFields.text(settlement, "tracking_code") : null;
		String message = AnswerFields.text(settlement, "error_message");
		if (message == null) {
			message = VandarReply.message(reply.json());
		}
		return new ProviderOutcome(id, kind, (ref != null) ? ref : transactionId, tracking, fee(settlement), status,
				message, reply.answer());
	}

	/** {@code data.settlements[0]}, or the nearest thing to it that is a settlement. */
	private static JsonNode settlement(JsonNode json, String tracker) {
		JsonNode data = json.get("data");
		if (data == null || !data.isObject()) {
			return null;
		}
		String trackId = AnswerFields.text(data, "track_id");
		if (trackId != null && !trackId.equals(tracker)) {
			return null;
		}
		for (String field : List.of("settlements", "settlement")) {
			JsonNode found = data.get(field);
			if (found != null && found.isArray()) {
				found = found.isEmpty() ? null : found.get(0);
			}
			if (found != null && found.isObject() && AnswerFields.text(found, "status") != null) {
				return found;
			}
		}
		return (AnswerFields.text(data, "status") != null) ? data : null;
	}

	/** {@code wage_rial} in rials, else {@code wage_toman} or {@code wage} in toman. */
	private static Long fee(JsonNode settlement) {
		BigDecimal rials = AnswerFields.number(settlement, "wage_rial");
		if (rials != null) {
			return AnswerFields.whole(rials);
		}
		BigDecimal toman = AnswerFields.number(settlement, "wage_toman");
		return VandarReply.tomanAsRials((toman != null) ? toman : AnswerFields.number(settlement, "wage"));
	}

	/** Only {@code DONE} is paid; a status that does not clearly end is pending. */
	static OutcomeKind kind(String status) {
		if (status == null) {
			return OutcomeKind.PENDING;
		}
		return switch (status) {
			case "DONE" -> OutcomeKind.PAID;
			case "FAILED" -> OutcomeKind.FAILED;
			case "CANCELED", "CANCELLED" -> OutcomeKind.CANCELED;
			case "REVERSED" -> OutcomeKind.REVERSED;
			default -> OutcomeKind.PENDING;
		};
	}

	/** The wallet in rials: Vandar answers in toman unless its currency says rial. */
	static BalanceAnswer balance(VandarReply reply, String... fields) {
		if (!reply.readable()) {
			return new BalanceAnswer(null, reply.problem(), reply.answer());
		}
		JsonNode data = reply.json().get("data");
		data = (data != null && data.isObject()) ? data : reply.json();
		String currency = upper(AnswerFields.text(data, "currency"));
		boolean rial = currency != null && (currency.startsWith("RIAL") || currency.equals("IRR"));
		for (String field : fields) {
			BigDecimal amount = AnswerFields.number(data, field);
			if (amount != null) {
				Long rials = rial ? AnswerFields.whole(amount) : VandarReply.tomanAsRials(amount);
				return new BalanceAnswer(rials, "data." + field, reply.answer());
			}
		}
		return new BalanceAnswer(null, "the answer carries no " + String.join(" or ", fields), reply.answer());
	}

	static List<ProviderOutcome> all(List<PayoutOrder> orders, OutcomeKind kind, String message, VandarReply reply) {
		List<ProviderOutcome> outcomes = new ArrayList<>();
		for (PayoutOrder order : orders) {
			outcomes.add(new ProviderOutcome(order.payoutId(), kind, null, null, null, null, message, reply.answer()));
		}
		return outcomes;
	}

	private static String messages(JsonNode value) {
		if (value != null && value.isArray()) {
			List<String> texts = new ArrayList<>();
			value.forEach((text) -> texts.add(text.isString() ? text.asString() : text.toString()));
			return String.join(", ", texts);
		}
		return (value == null) ? "" : value.isString() ? value.asString() : value.toString();
	}

	private static String upper(String text) {
		return (text != null) ? text.toUpperCase(Locale.ROOT) : null;
	}

}
