package ir.tasvieh.provider.sandbox.nextpay;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.StringUtils;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.EveryNthCall;
import ir.tasvieh.provider.sandbox.FaultAnswers;

/**
 * NextPay's checkout web service at {@code /sandbox/nextpay/{operation}}: POSTs,
 * form-urlencoded or JSON, answered like NextPay (HTTP 200, the outcome in {@code code}),
 * except when a fault knob says the call is to fail with HTTP 500.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/nextpay")
class NextPaySandboxController {

	/** What a gateway's proxy shows when the application behind it broke. */
	private final NextPaySandbox sandbox;

	private final SandboxFaults faults;

	private final SandboxRequestLog log;

	private final CallsInFlight inFlight;

	NextPaySandboxController(NextPaySandbox sandbox, SandboxFaults faults, SandboxRequestLog log,
			CallsInFlight inFlight) {
		this.sandbox = sandbox;
		this.faults = faults;
		this.log = log;
		this.inFlight = inFlight;
	}

	@PostMapping(path = "/{operation}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> json(@PathVariable String operation, @RequestBody Map<String, Object> body) {
		return this.inFlight.during(() -> answer(operation, NextPayForm.of(body)));
	}

	@PostMapping("/{operation}")
	ResponseEntity<?> form(@PathVariable String operation, @RequestParam Map<String, String> form) {
		return this.inFlight.during(() -> answer(operation, new NextPayForm(form)));
	}

	/** The checkout calls received, oldest first; {@code tracker} narrows them to one. */
	@GetMapping("/_requests")
	List<Map<String, Object>> requests(@RequestParam(required = false) String tracker) {
		return this.log.entries(StringUtils.hasText(tracker) ? tracker : null);
	}

	private ResponseEntity<?> answer(String name, NextPayForm form) {
		Optional<NextPayOperation> found = NextPayOperation.named(name);
		if (found.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(NextPayAnswers.error(NextPayError.invalidRequest("no such operation " + name)));
		}
		NextPayOperation operation = found.get();
		if (!operation.isCheckout()) {
			Map<String, Object> answer = operation.name().startsWith("get_checkout_status")
					? this.sandbox.status(operation, form) : this.sandbox.balance(operation, form);
			return ResponseEntity.ok(answer);
		}
		EveryNthCall.Fault fault = this.faults.nextCheckoutCall();
		if (fault == EveryNthCall.Fault.SERVER_ERROR) {
			this.sandbox.logServerError(operation, form);
			return delayed(FaultAnswers.serverError());
		}
		Map<String, Object> answer = this.sandbox.checkout(operation, form, fault == EveryNthCall.Fault.ANSWER_LOST);
		return delayed(
				(fault == EveryNthCall.Fault.ANSWER_LOST) ? FaultAnswers.serverError() : ResponseEntity.ok(answer));
	}

	/**
	 * Holds a checkout's answer back after the work is done: a slow answer, not a slow
	 * payout. Status and balance answers are not delayed, so a client can learn what a
	 * timed-out checkout did.
	 */
	private <T> T delayed(T answer) {
		return FaultAnswers.after(this.faults.delay(), answer);
	}

}
