package ir.tasvieh.provider.sandbox.vandar;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;

/**
 * Vandar's api host at {@code /sandbox/vandar/api}: token refresh, business info and
 * balance (toman), and one settlement by its track_id. Every call but the refresh needs
 * the access token in force, else 401.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/vandar/api")
class VandarApiController {

	private final VandarSandbox sandbox;

	private final IssuedTokens tokens;

	VandarApiController(VandarSandbox sandbox, IssuedTokens tokens) {
		this.sandbox = sandbox;
		this.tokens = tokens;
	}

	@PostMapping(path = "/v3/refreshtoken", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> refreshJson(@RequestBody(required = false) TokenJson body) {
		Object token = (body != null) ? body.get("refreshtoken") : null;
		return refresh((token != null) ? String.valueOf(token) : null);
	}

	@PostMapping("/v3/refreshtoken")
	ResponseEntity<Map<String, Object>> refreshForm(@RequestParam(required = false) String refreshtoken) {
		return refresh(refreshtoken);
	}

	private ResponseEntity<Map<String, Object>> refresh(String refreshToken) {
		if (refreshToken == null || refreshToken.isBlank()) {
			return ResponseEntity.status(422)
				.body(VandarAnswers.errors(Map.of("refreshtoken", List.of("The refreshtoken field is required."))));
		}
		return this.tokens.refresh(refreshToken.strip())
			.map((pair) -> ResponseEntity.ok(VandarAnswers.token(pair)))
			.orElseGet(VandarApiController::unauthenticated);
	}

	@GetMapping("/v2/business/{business}")
	ResponseEntity<Map<String, Object>> business(@PathVariable String business,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (!this.tokens.authenticates(authorization)) {
			return unauthenticated();
		}
		return ResponseEntity.ok(VandarAnswers.business(business, this.sandbox.balanceIrr()));
	}

	@GetMapping("/v2/business/{business}/balance")
	ResponseEntity<Map<String, Object>> balance(@PathVariable String business,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (!this.tokens.authenticates(authorization)) {
			return unauthenticated();
		}
		return ResponseEntity.ok(VandarAnswers.balance(this.sandbox.balanceIrr()));
	}

	@GetMapping("/v4/business/{business}/settlement/{trackId}")
	ResponseEntity<Map<String, Object>> settlement(@PathVariable String business, @PathVariable String trackId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (!this.tokens.authenticates(authorization)) {
			return unauthenticated();
		}
		Optional<Map<String, Object>> settlement = this.sandbox.settlement(business, trackId);
		return settlement.map(ResponseEntity::ok).orElseGet(VandarApiController::notFound);
	}

	/** Cancels a settlement by its transaction id while it is not final. */
	@DeleteMapping("/v2.1/business/{business}/settlement/{transactionId}")
	ResponseEntity<Map<String, Object>> cancel(@PathVariable String business, @PathVariable String transactionId,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (!this.tokens.authenticates(authorization)) {
			return unauthenticated();
		}
		return this.sandbox.cancel(business, transactionId)
			.map((answer) -> ResponseEntity.status(answer.status()).body(answer.body()))
			.orElseGet(VandarApiController::notFound);
	}

	static ResponseEntity<Map<String, Object>> unauthenticated() {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(VandarAnswers.failure(VandarAnswers.UNAUTHENTICATED));
	}

	static ResponseEntity<Map<String, Object>> notFound() {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(VandarAnswers.failure(VandarAnswers.NOT_FOUND));
	}

}
