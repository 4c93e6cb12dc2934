package ir.tasvieh.provider.sandbox.vandar;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ir.tasvieh.provider.sandbox.CallOutcome;
import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.EveryNthCall;
import ir.tasvieh.provider.sandbox.FaultAnswers;

/**
 * Vandar's batch host at {@code /sandbox/vandar/batch}: create a batch, list batches (10
 * a page), and a batch's items (Laravel pagination); plus
 * {@code /sandbox/vandar/_requests}, the log of batch-create calls. A fault knob may
 * answer a create with HTTP 500.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/vandar")
class VandarBatchController {

	private static final String BUSINESS = "/batch/api/v2/business/{business}";

	private static final int BATCHES_PER_PAGE = 10;

	private static final int DEFAULT_PER_PAGE = 20;

	private static final int MAX_PER_PAGE = 1000;

	private final VandarSandbox sandbox;

	private final IssuedTokens tokens;

	private final VandarFaults faults;

	private final VandarRequestLog log;

	VandarBatchController(VandarSandbox sandbox, IssuedTokens tokens, VandarFaults faults, VandarRequestLog log) {
		this.sandbox = sandbox;
		this.tokens = tokens;
		this.faults = faults;
		this.log = log;
	}

	@PostMapping(BUSINESS + "/batches-settlement")
	ResponseEntity<?> create(@PathVariable String business, @RequestBody(required = false) byte[] body,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		byte[] sent = (body != null) ? body : new byte[0];
		if (!this.tokens.authenticates(authorization)) {
			this.sandbox.logUnanswered(business, sent, CallOutcome.refused, 401);
			return VandarApiController.unauthenticated();
		}
		EveryNthCall.Fault fault = this.faults.nextBatchCall();
		if (fault == EveryNthCall.Fault.SERVER_ERROR) {
			this.sandbox.logUnanswered(business, sent, CallOutcome.server_error, 500);
			return delayed(FaultAnswers.serverError());
		}
		boolean lost = fault == EveryNthCall.Fault.ANSWER_LOST;
		VandarSandbox.Answer answer = this.sandbox.create(business, sent, lost);
		return delayed(lost ? FaultAnswers.serverError() : ResponseEntity.status(answer.status()).body(answer.body()));
	}

	@GetMapping(BUSINESS + "/batches")
	ResponseEntity<Map<String, Object>> batches(@PathVariable String business,
			@RequestParam(required = false) String page,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			HttpServletRequest request) {
		if (!this.tokens.authenticates(authorization)) {
			return VandarApiController.unauthenticated();
		}
		int current = pageNumber(page);
		int total = this.sandbox.countBatches(business);
		List<Map<String, Object>> data = this.sandbox.batches(business, (current - 1) * BATCHES_PER_PAGE,
				BATCHES_PER_PAGE);
		return ResponseEntity
			.ok(VandarAnswers.page(data, current, BATCHES_PER_PAGE, total, request.getRequestURL().toString(), ""));
	}

	@GetMapping(BUSINESS + "/batch-settlements/{batchId}")
	ResponseEntity<?> details(@PathVariable String business, @PathVariable String batchId,
			@RequestParam(name = "per_page", required = false) String perPage,
			@RequestParam(required = false) String page, @RequestParam(required = false) String status,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			HttpServletRequest request) {
		if (!this.tokens.authenticates(authorization)) {
			return VandarApiController.unauthenticated();
		}
		Integer size = StringUtils.hasText(perPage) ? parse(perPage) : Integer.valueOf(DEFAULT_PER_PAGE);
		if (size == null || size < 1 || size > MAX_PER_PAGE) {
			return invalid("per_page", "The per page field must be between 1 and " + MAX_PER_PAGE + ".");
		}
		StoredVandarItem.Status wanted = null;
		if (StringUtils.hasText(status)) {
			try {
				wanted = StoredVandarItem.Status.valueOf(status.strip());
			}
			catch (IllegalArgumentException ex) {
				return invalid("status", "The selected status is invalid.");
			}
		}
		Optional<List<Map<String, Object>>> items = this.sandbox.items(business, batchId, wanted);
		if (this.faults.unclearInquiry(items.isPresent())) {
			// Neither "here are its items" nor "no such batch".
			return FaultAnswers.serverError();
		}
		if (items.isEmpty()) {
			return VandarApiController.notFound();
		}
		List<Map<String, Object>> all = items.get();
		int current = pageNumber(page);
		int from = Math.min(all.size(), (current - 1) * size);
		List<Map<String, Object>> data = all.subList(from, Math.min(all.size(), from + size));
		String query = "per_page=" + size + ((wanted != null) ? "&status=" + wanted.name() : "");
		return ResponseEntity
			.ok(VandarAnswers.page(data, current, size, all.size(), request.getRequestURL().toString(), query));
	}

	/** The batch-create calls received, oldest first; {@code batch_id} narrows them. */
	@GetMapping("/_requests")
	List<Map<String, Object>> requests(@RequestParam(name = "batch_id", required = false) String batchId) {
		return this.log.entries(StringUtils.hasText(batchId) ? batchId : null);
	}

	/** Laravel reads a missing or invalid page as the first. */
	private static int pageNumber(String page) {
		Integer number = StringUtils.hasText(page) ? parse(page) : null;
		return (number != null && number >= 1) ? number : 1;
	}

	private static Integer parse(String number) {
		try {
			return Integer.valueOf(number.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static ResponseEntity<Map<String, Object>> invalid(String field, String message) {
		return ResponseEntity.status(422).body(VandarAnswers.errors(Map.of(field, List.of(message))));
	}

	/** Holds a create's answer back after the work is done: a slow answer. */
	private <T> T delayed(T answer) {
		return FaultAnswers.after(this.faults.delay(), answer);
	}

}
