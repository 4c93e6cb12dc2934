package ir.tasvieh.provider.nextpay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import ir.tasvieh.provider.client.AnswerFields;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import tools.jackson.databind.JsonNode;

/**
 * What NextPay's answers mean for a payout (providers.md, decisions). Anything that does
 * not clearly say otherwise is {@link OutcomeKind#UNKNOWN}: the payout may exist, so it
 * is asked about, never sent blindly again.
 */
final class NextPayOutcomes {

	/** Where a status answer might nest its payout, if not at the top level. */
	private static final List<String> NESTED = List.of("data", "checkout", "result", "payout");

	private NextPayOutcomes() {
	}

	/** The answer to a checkout call. */
	static ProviderOutcome submitted(PayoutOrder order, NextPaySettings settings, NextPayReply reply) {
		NextPayMode mode = settings.mode();
		long id = order.payoutId();
		if (!reply.readable()) {
			return ProviderOutcome.unknown(id, unreadable(reply), reply.answer());
		}
		if (reply.serverError()) {
			return ProviderOutcome.unknown(id, "HTTP " + reply.httpStatus() + " " + said(reply), reply.answer());
		}
		Long code = reply.code();
		if (code == null || reply.httpStatus() >= 300 && code == NextPayCodes.OK) {
			return ProviderOutcome.unknown(id, "HTTP " + reply.httpStatus() + ": the answer carries no usable code",
					reply.answer());
		}
		if (code == NextPayCodes.OK) {
			String trace = AnswerFields.text(reply.json(), "trace");
			if (trace == null) {
				return ProviderOutcome.unknown(id, "code 200 without a trace", reply.answer());
			}
			return new ProviderOutcome(id, OutcomeKind.PENDING, trace, null, fee(order, mode, reply.json()), null,
					reply.message(), reply.answer());
		}
		String described = NextPayCodes.describe(code, reply.message());
		if (NextPayCodes.mayHaveBeenTaken(code, settings) || reply.httpStatus() >= 300 && reply.httpStatus() < 400) {
			return ProviderOutcome.unknown(id, described + " (the payout may exist: ask before sending again)",
					reply.answer());
		}
		return new ProviderOutcome(id, OutcomeKind.FAILED, null, null, null, null, described, reply.answer());
	}

	/**
	 * {@code total} is toman taken from the wallet, fee included; the fee is only
	 * derivable when it is charged to the wallet, and is never rounded.
	 */
	private static Long fee(PayoutOrder order, NextPayMode mode, JsonNode json) {
		BigDecimal total = AnswerFields.number(json, "total");
		if (mode == NextPayMode.checkout || total == null) {
			return null;
		}
		Long fee = AnswerFields.whole(total.multiply(BigDecimal.TEN).subtract(BigDecimal.valueOf(order.amountIrr())));
		return (fee != null && fee >= 0) ? fee : null;
	}

	/**
	 * The answer to a status call. Only the configured not-found codes
	 * ({@code tasvieh.nextpay.not-found-codes}, by default {@code -37}, "transaction not
	 * found") mean NextPay does not know the payout; other refusals (an invalid code, a
	 * blocked key) say nothing about it and stay unknown.
	 */
	static ProviderOutcome inquired(PayoutOrder order, NextPaySettings settings, NextPayReply reply) {
		long id = order.payoutId();
		if (!reply.readable()) {
			return ProviderOutcome.unknown(id, unreadable(reply), reply.answer());
		}
		Long code = reply.code();
		if (reply.serverError() || code == null) {
			return ProviderOutcome.unknown(id, "HTTP " + reply.httpStatus() + " " + said(reply), reply.answer());
		}
		if (settings.notFoundCodes().contains(code)) {
			return new ProviderOutcome(id, OutcomeKind.NOT_FOUND, null, null, null, null,
					NextPayCodes.describe(code, reply.message()), reply.answer());
		}
		if (code != NextPayCodes.OK) {
			return ProviderOutcome.unknown(id, NextPayCodes.describe(code, reply.message()), reply.answer());
		}
		JsonNode payout = payout(reply.json(), order.tracker());
		if (payout == null) {
			return ProviderOutcome.unknown(id, "code 200 without a payout status", reply.answer());
		}
		String status = AnswerFields.text(payout, "status");
		String description = AnswerFields.text(payout, "statusDescription");
		String checkoutId = AnswerFields.text(payout, "checkoutId");
		OutcomeKind kind = kind(status);
		String providerStatus = (status == null) ? description
				: (description == null) ? status : status + " (" + description + ")";
		String bankTrackingNo = (kind == OutcomeKind.PAID) ? AnswerFields.text(payout, "trackingNumber") : null;
		return new ProviderOutcome(id, kind, (checkoutId != null) ? checkoutId : order.providerRef(), bankTrackingNo,
				NextPayReply.rials(payout, "feeIRR", "feeIRT"), providerStatus,
				(description != null) ? description : reply.message(), reply.answer());
	}

	/** Only {@code Completed} is paid; a status that does not clearly end is pending. */
	static OutcomeKind kind(String status) {
		if (status == null) {
			return OutcomeKind.PENDING;
		}
		String text = status.trim().toLowerCase(Locale.ROOT);
		if (text.equals("completed")) {
			return OutcomeKind.PAID;
		}
		if (text.contains("revers") || text.contains("return") || text.contains("refund") || text.contains("برگشت")) {
			return OutcomeKind.REVERSED;
		}
		if (text.contains("cancel") || text.contains("لغو")) {
			return OutcomeKind.CANCELED;
		}
		if (text.contains("fail") || text.contains("reject") || text.contains("error") || text.contains("declin")
				|| text.contains("ناموفق")) {
			return OutcomeKind.FAILED;
		}
		return OutcomeKind.PENDING;
	}

	/** The payout in a status answer: at the top level, or nested one level down. */
	private static JsonNode payout(JsonNode json, String tracker) {
		if (isPayout(json)) {
			return json;
		}
		for (String field : NESTED) {
			JsonNode nested = json.get(field);
			if (nested != null && nested.isArray()) {
				JsonNode first = null;
				for (JsonNode item : nested) {
					if (isPayout(item) && tracker != null && tracker.equals(AnswerFields.text(item, "tracker"))) {
						return item;
					}
					first = (first == null && isPayout(item)) ? item : first;
				}
				nested = (nested.size() == 1) ? first : null;
			}
			if (isPayout(nested)) {
				return nested;
			}
		}
		return null;
	}

	private static boolean isPayout(JsonNode node) {
		return node != null && node.isObject()
				&& (AnswerFields.text(node, "status") != null || AnswerFields.text(node, "checkoutId") != null);
	}

	/** The answer to {@code get_balance}, in rials, for what the mode pays from. */
	static BalanceAnswer balance(NextPayMode mode, NextPayReply reply) {
		if (!reply.readable()) {
			return new BalanceAnswer(null, unreadable(reply), reply.answer());
		}
		Long code = reply.code();
		if (reply.serverError() || code == null || code != NextPayCodes.OK) {
			String why = (code != null) ? NextPayCodes.describe(code, reply.message()) : said(reply);
			return new BalanceAnswer(null, "HTTP " + reply.httpStatus() + " " + why, reply.answer());
		}
		String field = (mode == NextPayMode.checkout_on_time) ? "totalBalance" : "withdrawableBalance";
		Long rials = NextPayReply.rials(reply.json(), field + "IRR", field + "IRT");
		String message = (rials != null) ? reply.message() : "the answer carries no " + field + "IRR";
		return new BalanceAnswer(rials, message, reply.answer());
	}

	private static String unreadable(NextPayReply reply) {
		if (reply.failure() != null) {
			return reply.failure();
		}
		return "HTTP " + reply.httpStatus() + ": the answer is not a JSON object";
	}

	private static String said(NextPayReply reply) {
		Long code = reply.code();
		return (code != null) ? NextPayCodes.describe(code, reply.message()) : "without a code";
	}

}
