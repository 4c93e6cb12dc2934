package ir.tasvieh.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Decisions;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.MessageText;

/**
 * Decisions on payouts in doubt in the API (SPEC 9.4): {@code POST
 * /api/runs/{id}/decisions} makes one, {@code /api/decisions} reads them and confirms a
 * proposed one as the second manager.
 */
@RestController
class DecisionsApiController {

	private static final int MAX_LIST = 1000;

	private final Runs runs;

	private final Decisions decisions;

	DecisionsApiController(Runs runs, Decisions decisions) {
		this.runs = runs;
		this.decisions = decisions;
	}

	/**
	 * Decides on payouts in doubt (SPEC 6.1): {@code 201} with the decision,
	 * {@code PROPOSED} under four eyes, else {@code APPLIED} or {@code OVERTAKEN}.
	 */
	@Operation(summary = "Decide on payouts in doubt (MANAGER)",
			description = "PROPOSED under four eyes until a second manager confirms it, else APPLIED or OVERTAKEN.",
			responses = { @ApiResponse(responseCode = "201", description = "The decision"),
					@ApiResponse(responseCode = "400",
							description = "NOTE_MISSING, ROWS_MISSING, OUTCOME_MISSING or PROVIDER_REF_MISSING"),
					@ApiResponse(responseCode = "403", description = ApiDocument.FORBIDDEN),
					@ApiResponse(responseCode = "404", description = ApiDocument.NOT_FOUND),
					@ApiResponse(responseCode = "409",
							description = "NOT_IN_DOUBT: a row is not UNKNOWN; ALREADY_PROPOSED; RUN_BUSY") })
	@PostMapping("/api/runs/{id}/decisions")
	@PreAuthorize("hasRole('MANAGER')")
	public ResponseEntity<DecisionJson> decide(@PathVariable("id") long id,
			@RequestBody(required = false) DecisionJson.Body body, Authentication authentication,
			HttpServletRequest request) {
		DecisionJson.Body given = (body != null) ? body : new DecisionJson.Body(null, null, null, null);
		Decision decision = this.decisions.decide(id, given.toRequest(),
				RunsApiController.actor(authentication, request));
		return ResponseEntity.created(URI.create("/api/decisions/" + decision.id())).body(DecisionJson.of(decision));
	}

	/** Decisions in a status (by default those waiting for a second manager). */
	@Operation(summary = "List decisions in a status (PROPOSED by default)",
			responses = { @ApiResponse(responseCode = "200", description = "The decisions, oldest first") })
	@GetMapping("/api/decisions")
	public List<DecisionJson> list(@RequestParam(name = "status", defaultValue = "PROPOSED") String status) {
		return this.decisions.decisions(status(status), MAX_LIST).stream().map(DecisionJson::of).toList();
	}

	@GetMapping("/api/decisions/{id}")
	public DecisionJson decision(@PathVariable("id") long id) {
		return this.decisions.decision(id)
			.map(DecisionJson::of)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, ApiError.bilingual("NOT_FOUND",
					"There is no decision " + id, "تصمیم شمارهٔ " + MessageText.digits(id) + " وجود ندارد.", null)));
	}

	/**
	 * {@code 200} with the decision, {@code APPLIED} or {@code OVERTAKEN};
	 * {@code 403 FOUR_EYES} for its proposer, {@code 409 NOT_PROPOSED}.
	 */
	@Operation(summary = "Confirm a proposed decision as the second manager (MANAGER)",
			responses = { @ApiResponse(responseCode = "200", description = "The decision, APPLIED or OVERTAKEN"),
					@ApiResponse(responseCode = "403",
							description = "FOUR_EYES: the manager who proposed it may not confirm it; "
									+ ApiDocument.FORBIDDEN),
					@ApiResponse(responseCode = "404", description = "NOT_FOUND: there is no such decision"),
					@ApiResponse(responseCode = "409",
							description = "NOT_PROPOSED: the decision is not waiting for a confirmation") })
	@PostMapping("/api/decisions/{id}/confirm")
	@PreAuthorize("hasRole('MANAGER')")
	public DecisionJson confirm(@PathVariable("id") long id, Authentication authentication,
			HttpServletRequest request) {
		return DecisionJson.of(this.decisions.confirmDecision(id, RunsApiController.actor(authentication, request)));
	}

	private static Decision.Status status(String status) {
		try {
			return Decision.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badParameter(
					"Unknown decision status '" + status + "': use PROPOSED, APPLIED or OVERTAKEN",
					"وضعیت تصمیم " + MessageText.quote(status) + " شناخته نیست: "
							+ MessageText.oneOf("PROPOSED", "APPLIED", "OVERTAKEN") + ".");
		}
	}

}
