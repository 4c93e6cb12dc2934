package ir.tasvieh.provider.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What NextPay does with each call: checks it, takes a payout and its money in one
 * transaction, and tells a payout's status and the balances as they stand now.
 */
@Component
@ConditionalOnSandbox
class NextPaySandbox {

	private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

	private final SandboxSettings.NextPay settings;

	private final SandboxFaults faults;

	private final SandboxCheckouts checkouts;

	private final SandboxWallet wallet;

	private final SandboxRequestLog log;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	NextPaySandbox(SandboxSettings settings, SandboxFaults faults, SandboxCheckouts checkouts, SandboxWallet wallet,
			SandboxRequestLog log, SandboxDatabase database) {
		this.settings = settings.nextpay();
		this.faults = faults;
		this.checkouts = checkouts;
		this.wallet = wallet;
		this.log = log;
		this.transactions = database.transactions();
	}

	/**
	 * NextPay checks {@code wid} and {@code auth} first; the sandbox takes any values.
	 */
	static NextPayError authError(NextPayForm form) {
		return (form.has("wid") && form.has("auth")) ? null : NextPayError.API_KEY_INVALID;
	}

	/**
	 * Answers a checkout call and logs it.
	 * @param answerLost the caller will not see this answer (logged as such)
	 */
	Map<String, Object> checkout(NextPayOperation operation, NextPayForm form, boolean answerLost) {
		Instant now = this.clock.instant();
		int httpStatus = answerLost ? 500 : 200;
		String tracker = form.get("tracker");
		NextPayError error = authError(form);
		CheckoutRequest request = null;
		if (error == null) {
			CheckoutRequest.Checked checked = CheckoutRequest.check(operation, form, this.settings.feeIrr());
			error = checked.error();
			request = checked.request();
		}
		if (error == null && this.faults.insufficientBalance()) {
			error = NextPayError.BALANCE_TOO_LOW;
		}
		if (error == null) {
			refundSettledFailures(now);
			try {
				Long trace = take(request, now, httpStatus, answerLost);
				if (trace != null) {
					return NextPayAnswers.accepted(trace, request.takenIrr(this.settings.feeIrr()));
				}
				error = NextPayError.BALANCE_TOO_LOW;
			}
			catch (DuplicateKeyException ex) {
				error = NextPayError.DUPLICATE;
			}
		}
		SandboxRequestLog.Outcome outcome = (error == NextPayError.DUPLICATE) ? SandboxRequestLog.Outcome.duplicate
				: SandboxRequestLog.Outcome.refused;
		this.log.add(operation, tracker, outcome, error.code(), httpStatus, answerLost, null, now);
		return NextPayAnswers.error(error);
	}

	/**
	 * The payout, its money and its log line, or none of them.
	 * @return the trace, or {@code null} when the balance is too low
	 */
	private Long take(CheckoutRequest request, Instant now, int httpStatus, boolean answerLost) {
		this.wallet.seedIfNew();
		long fee = this.settings.feeIrr();
		String failure = this.faults.failsTracker(request.tracker()) ? "sandbox: tracker matches fail-trackers-matching"
				: null;
		return this.transactions.execute((status) -> {
			long trace = this.checkouts.insert(request, fee, failure, now);
			if (!this.wallet.take(request.takenIrr(fee), request.operation().fromTotalBalance())) {
				status.setRollbackOnly();
				return null;
			}
			this.log.add(request.operation(), request.tracker(), SandboxRequestLog.Outcome.accepted, 200, httpStatus,
					answerLost, trace, now);
			return trace;
		});
	}

	/** Logs a checkout call that got an HTTP 500 before anything was looked at. */
	void logServerError(NextPayOperation operation, NextPayForm form) {
		this.log.add(operation, form.get("tracker"), SandboxRequestLog.Outcome.server_error, null, 500, false, null,
				this.clock.instant());
	}

	Map<String, Object> status(NextPayOperation operation, NextPayForm form) {
		NextPayError error = authError(form);
		if (error != null) {
			return NextPayAnswers.error(error);
		}
		Optional<StoredCheckout> checkout;
		if (operation == NextPayOperation.get_checkout_status) {
			String trace = form.get("checkoutId");
			if (trace == null || !DIGITS.matcher(trace).matches()) {
				return NextPayAnswers.error(NextPayError.TRACE_INVALID);
			}
			checkout = this.checkouts.byTrace(Long.parseLong(trace));
		}
		else {
			String tracker = form.get("tracker");
			if (tracker == null) {
				return NextPayAnswers.error(NextPayError.invalidRequest("tracker missing"));
			}
			checkout = this.checkouts.byTracker(tracker);
		}
		if (this.faults.unclearInquiry(checkout.isPresent())) {
			return NextPayAnswers.error(NextPayError.SYSTEM_PROBLEM);
		}
		Instant now = this.clock.instant();
		refundSettledFailures(now);
		return checkout
			.map((found) -> NextPayAnswers.status(found,
					returned(found, found.progress(now, this.settings.queueTime(), this.settings.settleTime()))))
			.orElseGet(() -> NextPayAnswers.error(NextPayError.NOT_FOUND));
	}

	/** A completed payout the returns knob names is reported returned by the bank. */
	private StoredCheckout.Progress returned(StoredCheckout checkout, StoredCheckout.Progress progress) {
		return (progress.status() == CheckoutStatus.Completed && this.faults.returnsTracker(checkout.tracker()))
				? new StoredCheckout.Progress(CheckoutStatus.Returned, progress.updatedAt(), progress.trackingNumber())
				: progress;
	}

	Map<String, Object> balance(NextPayOperation operation, NextPayForm form) {
		NextPayError error = authError(form);
		if (error == null && operation == NextPayOperation.get_api_balance && !form.has("api_key")) {
			error = NextPayError.API_KEY_MISSING;
		}
		if (error != null) {
			return NextPayAnswers.error(error);
		}
		Instant now = this.clock.instant();
		this.wallet.seedIfNew();
		refundSettledFailures(now);
		// With the insufficient-balance knob on, the wallet looks empty, as a drained one
		// would.
		SandboxWallet.Balance balance = this.faults.insufficientBalance() ? new SandboxWallet.Balance(0, 0)
				: this.wallet.read();
		return NextPayAnswers.balance(balance,
				this.checkouts.buckets(now.minus(this.settings.queueTime()), now.minus(this.settings.settleTime())));
	}

	/**
	 * Failed payouts give their money back once they are seen to fail; no scheduler runs.
	 */
	private void refundSettledFailures(Instant now) {
		for (long trace : this.checkouts.unrefundedFailures(now.minus(this.settings.settleTime()))) {
			this.transactions.executeWithoutResult((status) -> this.wallet.refund(this.checkouts.markRefunded(trace)));
		}
	}

}
