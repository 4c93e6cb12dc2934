package ir.tasvieh.provider.sandbox.vandar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vandar's JSON answers (providers.md 1-4), field for field. Batch amounts are rials; the
 * api host's balances are toman, the rials with the last digit dropped.
 */
final class VandarAnswers {

	static final String UNAUTHENTICATED = "Unauthenticated";

	static final String NOT_FOUND = "Not Found";

	private static final DateTimeFormatter LARAVEL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Tehran"));

	private VandarAnswers() {
	}

	/** The api host's failure envelope: {@code {"status":0,"error":…}}. */
	static Map<String, Object> failure(String error) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("status", 0);
		answer.put("error", error);
		return answer;
	}

	/** The api host's success envelope: {@code {"status":1,"data":…}}. */
	static Map<String, Object> success(Object data) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("status", 1);
		answer.put("data", data);
		return answer;
	}

	/** Laravel's validation answer: {@code {"errors":{field:[messages]}}}. */
	static Map<String, Object> errors(Map<String, List<String>> errors) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("message", errors.values().iterator().next().get(0));
		answer.put("errors", errors);
		return answer;
	}

	@SuppressWarnings("unchecked")
	static List<String> errorFields(Map<String, Object> answer) {
		Object errors = answer.get("errors");
		return (errors instanceof Map<?, ?> map) ? new ArrayList<>(((Map<String, Object>) map).keySet()) : List.of();
	}

	static Map<String, Object> token(IssuedTokens.Pair pair) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("token_type", "Bearer");
		answer.put("expires_in", pair.expiresIn().toSeconds());
		answer.put("access_token", pair.accessToken());
		answer.put("refresh_token", pair.refreshToken());
		return new TokenJson(answer);
	}

	static Map<String, Object> balance(long irr) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("wallet", toman(irr));
		data.put("currency", "Toman");
		return success(data);
	}

	static Map<String, Object> business(String business, long irr) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("business_name", business);
		data.put("business_name_fa", business);
		data.put("status", 1);
		data.put("wallet", toman(irr));
		data.put("deductible_amount", toman(irr));
		data.put("blocked_amount", 0);
		data.put("currency", "Toman");
		return success(data);
	}

	/** A batch as created and as listed: the official fields and the 2024 counters. */
	static Map<String, Object> batch(String batchId, int totalCount, long totalAmountIrr, Instant acceptedAt,
			List<StoredVandarItem> items, Instant now, Duration queueTime) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("total_count", totalCount);
		status.put("total_amount", totalAmountIrr);
		for (StoredVandarItem.Status each : StoredVandarItem.Status.values()) {
			List<StoredVandarItem> these = items.stream()
				.filter((item) -> item.status(now, queueTime) == each)
				.toList();
			String name = each.name().toLowerCase(java.util.Locale.ROOT);
			status.put(name + "_count", these.size());
			status.put(name + "_amount", these.stream().mapToLong(StoredVandarItem::amountIrr).sum());
		}
		status.put("pending_count", 0);
		status.put("pending_amount", 0);
		status.put("canceled_count", 0);
		status.put("canceled_amount", 0);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("batch_id", batchId);
		answer.put("status", status);
		answer.put("total_amount", totalAmountIrr);
		answer.put("created_at", acceptedAt.getEpochSecond());
		answer.put("cancelable", false);
		answer.put("cancelable_datetime", null);
		return answer;
	}

	/** One item of the batch details; amounts and payment numbers are strings there. */
	static Map<String, Object> item(StoredVandarItem item, Instant now, Duration queueTime) {
		StoredVandarItem.Status status = item.status(now, queueTime);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", item.uuid());
		answer.put("track_id", item.trackId());
		answer.put("payment_number", item.paymentNumber());
		answer.put("amount", Long.toString(item.amountIrr()));
		answer.put("iban", item.iban());
		answer.put("iban_owner_name", null);
		answer.put("status", status.name());
		answer.put("type", item.type());
		answer.put("transaction_id", (status == StoredVandarItem.Status.INIT) ? null : item.transactionId());
		answer.put("error_message", (status == StoredVandarItem.Status.FAILED) ? item.itemError() : null);
		answer.put("description", item.description());
		return answer;
	}

	/** {@code GET /v4/business/{business}/settlement/{track_id}}; amounts in rials. */
	static Map<String, Object> settlement(StoredVandarItem item, Instant now, Duration queueTime, Duration settleTime) {
		StoredVandarItem.SettlementStatus status = item.settlementStatus(now, queueTime, settleTime);
		Map<String, Object> settlement = new LinkedHashMap<>();
		settlement.put("iban", item.iban());
		settlement.put("iban_owner_name", null);
		settlement.put("transaction_id",
				(status == StoredVandarItem.SettlementStatus.INIT) ? null : item.transactionId());
		settlement.put("amount", item.amountIrr());
		settlement.put("wage", item.wageIrr());
		settlement.put("payment_number", item.paymentNumber());
		settlement.put("status", status.name());
		settlement.put("tracking_code", item.trackingCode(now, queueTime, settleTime));
		settlement.put("description", item.description());
		settlement.put("error_message",
				(status == StoredVandarItem.SettlementStatus.FAILED) ? item.errorMessage() : null);
		settlement.put("reason_code", null);
		settlement.put("created_at", LARAVEL_TIME.format(item.acceptedAt()));
		settlement.put("receipt_url", null);
		settlement.put("type", item.type());
		settlement.put("is_instant", false);
		settlement.put("source", "WALLET");
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("track_id", item.trackId());
		data.put("receipt_url", null);
		data.put("settlements", List.of(settlement));
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("message", "عملیات با موفقیت انجام شد");
		answer.put("data", data);
		return answer;
	}

	/**
	 * Laravel's paginated resource: {@code data}, {@code links} and {@code meta}.
	 * @param query the query kept in every link (as withQueryString does), before
	 * {@code page}
	 */
	static Map<String, Object> page(List<?> data, int page, int perPage, int total, String path, String query) {
		int lastPage = Math.max(1, (total + perPage - 1) / perPage);
		String prefix = path + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
		Map<String, Object> links = new LinkedHashMap<>();
		links.put("first", prefix + 1);
		links.put("last", prefix + lastPage);
		links.put("prev", (page > 1) ? prefix + (page - 1) : null);
		links.put("next", (page < lastPage) ? prefix + (page + 1) : null);
		List<Map<String, Object>> pageLinks = new ArrayList<>();
		pageLinks.add(link((page > 1) ? prefix + (page - 1) : null, "&laquo; Previous", false));
		for (int n = 1; n <= lastPage; n++) {
			pageLinks.add(link(prefix + n, Integer.toString(n), n == page));
		}
		pageLinks.add(link((page < lastPage) ? prefix + (page + 1) : null, "Next &raquo;", false));
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("current_page", page);
		meta.put("from", data.isEmpty() ? null : (page - 1) * perPage + 1);
		meta.put("last_page", lastPage);
		meta.put("links", pageLinks);
		meta.put("path", path);
		meta.put("per_page", perPage);
		meta.put("to", data.isEmpty() ? null : (page - 1) * perPage + data.size());
		meta.put("total", total);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("data", data);
		answer.put("links", links);
		answer.put("meta", meta);
		return answer;
	}

	private static Map<String, Object> link(String url, String label, boolean active) {
		Map<String, Object> link = new LinkedHashMap<>();
		link.put("url", url);
		link.put("label", label);
		link.put("active", active);
		return link;
	}

	static long toman(long irr) {
		return irr / 10;
	}

}
