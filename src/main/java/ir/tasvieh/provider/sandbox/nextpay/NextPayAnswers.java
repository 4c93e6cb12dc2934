package ir.tasvieh.provider.sandbox.nextpay;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.tasvieh.calendar.JalaliDates;

/**
 * NextPay's JSON answers (providers.md 5), field for field. Amounts are kept in rials and
 * shown in toman ({@code IRT}) by dropping the last digit, as NextPay's integers do.
 */
final class NextPayAnswers {

	static final String PROCESSED = "Your request has been processed successfully";

	private NextPayAnswers() {
	}

	static Map<String, Object> error(NextPayError error) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("code", error.code());
		answer.put("message", error.message());
		return answer;
	}

	static Map<String, Object> accepted(long trace, long totalIrr) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("code", 200);
		answer.put("message", "Your checkout request has been registered");
		answer.put("trace", trace);
		answer.put("total", toman(totalIrr));
		return answer;
	}

	static Map<String, Object> status(StoredCheckout checkout, StoredCheckout.Progress progress) {
		Map<String, Object> answer = processed();
		answer.put("checkoutId", checkout.trace());
		pair(answer, "checkoutAmount", checkout.paidIrr());
		pair(answer, "fee", checkout.feeIrr());
		answer.put("destination", checkout.destination());
		answer.put("trackingNumber", progress.trackingNumber());
		answer.put("status", progress.status().name());
		String description = progress.status().description();
		answer.put("statusDescription", (progress.status() == CheckoutStatus.Failed && checkout.failureReason() != null)
				? description + " (" + checkout.failureReason() + ")" : description);
		answer.put("tracker", checkout.tracker());
		answer.put("requestedAt", JalaliDates.format(checkout.requestedAt(), true));
		answer.put("updatedAt", JalaliDates.format(progress.updatedAt(), true));
		return answer;
	}

	/**
	 * One gateway's wallet is the whole account in the sandbox, so the api and total
	 * pairs agree.
	 */
	static Map<String, Object> balance(SandboxWallet.Balance wallet, SandboxCheckouts.Buckets buckets) {
		Map<String, Object> answer = processed();
		pair(answer, "apiTotalBalance", wallet.balanceIrr());
		pair(answer, "apiWithdrawableBalance", wallet.withdrawableIrr());
		pair(answer, "totalBalance", wallet.balanceIrr());
		pair(answer, "withdrawableBalance", wallet.withdrawableIrr());
		pair(answer, "notificationWallet", 0);
		pair(answer, "inQueueCheckouts", buckets.inQueueIrr());
		pair(answer, "inProcessCheckouts", buckets.inProcessIrr());
		pair(answer, "completedCheckouts", buckets.completedIrr());
		return answer;
	}

	private static Map<String, Object> processed() {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("code", 200);
		answer.put("message", PROCESSED);
		return answer;
	}

	private static void pair(Map<String, Object> answer, String name, long irr) {
		answer.put(name + "IRT", toman(irr));
		answer.put(name + "IRR", irr);
	}

	static long toman(long irr) {
		return irr / 10;
	}

}
