package ir.tasvieh.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Runs;

/**
 * {@code /api/decisions} (SPEC 9.4): read decisions on payouts in doubt, and confirm a
 * proposed one as the second manager.
 */
@RestController
@RequestMapping("/api/decisions")
class DecisionsApiController {

	private static final int MAX_LIST = 1000;

	private final Runs runs;

	DecisionsApiController(Runs runs) {
		this.runs = runs;
	}

	/** Decisions in a status (by default those waiting for a second manager). */
	@GetMapping
	public List<DecisionJson> list(@RequestParam(name = "status", defaultValue = "PROPOSED") String status) {
		return this.runs.decisions(status(status), MAX_LIST).stream().map(DecisionJson::of).toList();
	}

	@GetMapping("/{id}")
	public DecisionJson decision(@PathVariable("id") long id) {
		return this.runs.decision(id)
			.map(DecisionJson::of)
			.orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, ApiError.bilingual("NOT_FOUND",
					"There is no decision " + id, "تصمیم شمارهٔ " + id + " وجود ندارد.", null)));
	}

	/**
	 * {@code 200} with the decision, {@code APPLIED} or {@code OVERTAKEN};
	 * {@code 403 FOUR_EYES} for its proposer, {@code 409 NOT_PROPOSED}.
	 */
	@PostMapping("/{id}/confirm")
	@PreAuthorize("hasRole('MANAGER')")
	public DecisionJson confirm(@PathVariable("id") long id, Authentication authentication,
			HttpServletRequest request) {
		return DecisionJson.of(this.runs.confirmDecision(id, RunsApiController.actor(authentication, request)));
	}

	private static Decision.Status status(String status) {
		try {
			return Decision.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badParameter(
					"Unknown decision status '" + status + "': use PROPOSED, APPLIED or OVERTAKEN",
					"وضعیت تصمیم «" + status + "» شناخته نیست: PROPOSED، APPLIED یا OVERTAKEN.");
		}
	}

}
