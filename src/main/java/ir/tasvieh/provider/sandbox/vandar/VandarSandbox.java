package ir.tasvieh.provider.sandbox.vandar;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.provider.sandbox.CallOutcome;
import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;
import ir.tasvieh.provider.sandbox.SandboxSettings;

/**
 * What Vandar does with a batch: checks it, takes the batch, its settlements and their
 * money in one transaction, and tells the balance and where settlements stand now.
 */
@Component
@ConditionalOnSandbox
class VandarSandbox {

	/**
	 * An answer to a batch-create call: its HTTP status, JSON body and logged outcome.
	 */
	record Answer(int status, Map<String, Object> body, CallOutcome outcome) {

		static Answer refused(Map<String, List<String>> errors) {
			return new Answer(422, VandarAnswers.errors(errors), CallOutcome.refused);
		}

	}

	static final String DUPLICATE_BATCH = "The batch id has already been taken (duplicate batch).";

	static final String INSUFFICIENT_BALANCE = "عدم کفایت موجودی (کسری موجودی)";

	private final SandboxSettings.Vandar settings;

	private final VandarFaults faults;

	private final VandarBatches batches;

	private final VandarWallet wallet;

	private final VandarRequestLog log;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	VandarSandbox(SandboxSettings settings, VandarFaults faults, VandarBatches batches, VandarWallet wallet,
			VandarRequestLog log, SandboxDatabase database) {
		this.settings = settings.vandar();
		this.faults = faults;
		this.batches = batches;
		this.wallet = wallet;
		this.log = log;
		this.transactions = database.transactions();
	}

	SandboxSettings.Vandar settings() {
		return this.settings;
	}

	/**
	 * Answers a batch-create call and logs it.
	 * @param answerLost the caller will not see this answer (logged as such)
	 */
	Answer create(String business, byte[] body, boolean answerLost) {
		Instant now = this.clock.instant();
		VandarBatchRequest.Sent sent = VandarBatchRequest.sent(body);
		VandarBatchRequest.Checked checked = VandarBatchRequest.check(body);
		Answer refusal = refusal(checked, sent);
		if (refusal == null && this.faults.insufficientBalance()) {
			refusal = insufficientBalance();
		}
		if (refusal == null) {
			VandarBatchRequest request = checked.request();
			refundFailures(now);
			try {
				if (take(business, request, now, answerLost ? 500 : 200, answerLost)) {
					return new Answer(200,
							VandarAnswers.batch(request.batchId(), request.items().size(), request.totalAmountIrr(),
									now, this.batches.items(request.batchId()), now, this.settings.queueTime()),
							CallOutcome.accepted);
				}
				refusal = insufficientBalance();
			}
			catch (DuplicateKeyException ex) {
				// Another call took the batch or one of its track_ids meanwhile.
				Answer again = refusal(checked, sent);
				refusal = (again != null) ? again : duplicateBatch();
			}
		}
		this.log.add(new VandarRequestLog.Entry(business, sent.batchId(), sent.presentTrackIds(), refusal.outcome(),
				answerLost ? 500 : refusal.status(), answerLost, VandarAnswers.errorFields(refusal.body()), now));
		return refusal;
	}

	/**
	 * The 422 for a body that is invalid or whose batch or track_ids were taken before.
	 */
	private Answer refusal(VandarBatchRequest.Checked checked, VandarBatchRequest.Sent sent) {
		if (checked.request() != null && this.batches.exists(checked.request().batchId())) {
			return duplicateBatch();
		}
		List<String> taken = this.batches.takenTrackIds(sent.presentTrackIds());
		for (int i = 0; i < sent.trackIds().size(); i++) {
			if (taken.contains(sent.trackIds().get(i))) {
				String key = VandarBatchRequest.key(i, "track_id");
				checked.add(key, "The " + key + " has already been taken.");
			}
		}
		return checked.errors().isEmpty() ? null : Answer.refused(checked.errors());
	}

	private static Answer duplicateBatch() {
		return new Answer(422, VandarAnswers.errors(Map.of("batch_id", List.of(DUPLICATE_BATCH))),
				CallOutcome.duplicate);
	}

	private static Answer insufficientBalance() {
		return Answer.refused(Map.of("amount", List.of(INSUFFICIENT_BALANCE)));
	}

	/**
	 * The batch, its items, its money and its log line, or none of them.
	 * @return whether the balance was enough
	 */
	private boolean take(String business, VandarBatchRequest request, Instant now, int httpStatus, boolean answerLost) {
		this.wallet.seedIfNew();
		long fee = this.settings.feeIrr();
		String[][] failures = new String[request.items().size()][];
		for (VandarBatchRequest.Item item : request.items()) {
			failures[item.position()] = new String[] {
					this.faults.failsTracker(item.trackId()) ? "sandbox: track_id matches fail-trackers-matching"
							: null,
					this.faults.failsSettlement(item.trackId()) ? "sandbox: track_id matches fail-settlements-matching"
							: null };
		}
		Boolean taken = this.transactions.execute((status) -> {
			this.batches.insert(business, request, fee, failures, now, now.plus(this.settings.queueTime()),
					now.plus(this.settings.settleTime()));
			if (!this.wallet.take(request.totalAmountIrr() + fee * request.items().size())) {
				status.setRollbackOnly();
				return false;
			}
			this.log.add(new VandarRequestLog.Entry(business, request.batchId(), request.trackIds(),
					CallOutcome.accepted, httpStatus, answerLost, List.of(), now));
			return true;
		});
		return Boolean.TRUE.equals(taken);
	}

	/**
	 * Logs a batch-create call that got an HTTP 500 or 401 before anything was looked at.
	 */
	void logUnanswered(String business, byte[] body, CallOutcome outcome, int httpStatus) {
		VandarBatchRequest.Sent sent = VandarBatchRequest.sent(body);
		this.log.add(new VandarRequestLog.Entry(business, sent.batchId(), sent.presentTrackIds(), outcome, httpStatus,
				false, List.of(), this.clock.instant()));
	}

	/** The balance in rials; with the insufficient-balance knob on, an empty wallet. */
	long balanceIrr() {
		Instant now = this.clock.instant();
		this.wallet.seedIfNew();
		refundFailures(now);
		return this.faults.insufficientBalance() ? 0 : this.wallet.balanceIrr();
	}

	Optional<Map<String, Object>> batch(String business, String batchId) {
		Instant now = this.clock.instant();
		return this.batches.batch(business, batchId)
			.map((batch) -> VandarAnswers.batch(batch.batchId(), batch.totalCount(), batch.totalAmountIrr(),
					batch.acceptedAt(), this.batches.items(batch.batchId()), now, this.settings.queueTime()));
	}

	int countBatches(String business) {
		return this.batches.countBatches(business);
	}

	List<Map<String, Object>> batches(String business, int offset, int limit) {
		Instant now = this.clock.instant();
		return this.batches.batches(business, offset, limit)
			.stream()
			.map((batch) -> VandarAnswers.batch(batch.batchId(), batch.totalCount(), batch.totalAmountIrr(),
					batch.acceptedAt(), this.batches.items(batch.batchId()), now, this.settings.queueTime()))
			.toList();
	}

	/** A batch's items as the details endpoint shows them, of one status or all. */
	Optional<List<Map<String, Object>>> items(String business, String batchId, StoredVandarItem.Status status) {
		Instant now = this.clock.instant();
		return this.batches.batch(business, batchId)
			.map((batch) -> this.batches.items(batchId)
				.stream()
				.filter((item) -> status == null || item.status(now, this.settings.queueTime()) == status)
				.map((item) -> VandarAnswers.item(item, now, this.settings.queueTime()))
				.toList());
	}

	Optional<Map<String, Object>> settlement(String business, String trackId) {
		Instant now = this.clock.instant();
		refundFailures(now);
		return this.batches.item(business, trackId)
			.map((item) -> VandarAnswers.settlement(item, now, this.settings.queueTime(), this.settings.settleTime()));
	}

	static final String CANCELED = "درخواست تسویه شما از دستور پرداخت خارج شد و وجه تسویه به حساب شما برگشت داده شد";

	static final String NOT_CANCELABLE = "این تسویه دیگر قابل لغو نیست";

	/**
	 * The settlement cancel call (providers.md section 4.4): a settlement that is not
	 * final ends CANCELED and its rials go back to the wallet; a final one is refused.
	 * @return the HTTP status and body; empty when there is no such settlement
	 */
	Optional<Answer> cancel(String business, String transactionId) {
		Instant now = this.clock.instant();
		long id;
		try {
			id = Long.parseLong(transactionId);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		Optional<StoredVandarItem> found = this.batches.itemByTransaction(business, id);
		if (found.isEmpty() || found.get().status(now, this.settings.queueTime()) == StoredVandarItem.Status.INIT) {
			// Vandar shows no transaction id before the item is sent to the bank.
			return Optional.empty();
		}
		StoredVandarItem item = found.get();
		refundFailures(now);
		if (!item.cancelable(now, this.settings.queueTime(), this.settings.settleTime())) {
			return Optional.of(new Answer(422, VandarAnswers.failure(NOT_CANCELABLE), CallOutcome.refused));
		}
		Boolean canceled = this.transactions.execute((status) -> {
			long back = this.batches.markCanceled(item.id(), now);
			this.wallet.refund(back);
			return back > 0;
		});
		if (!Boolean.TRUE.equals(canceled)) {
			return Optional.of(new Answer(422, VandarAnswers.failure(NOT_CANCELABLE), CallOutcome.refused));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", 1);
		body.put("message", CANCELED);
		return Optional.of(new Answer(200, body, CallOutcome.accepted));
	}

	/** Failed settlements give their rials back once they are seen to fail. */
	private void refundFailures(Instant now) {
		for (long id : this.batches.unrefundedFailures(now)) {
			this.transactions.executeWithoutResult((status) -> this.wallet.refund(this.batches.markRefunded(id)));
		}
	}

}
