package ir.tasvieh.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ir.tasvieh.run.Actor;
import ir.tasvieh.run.Runs;

/**
 * What a manager does to a run in the API (SPEC 9.4): approve, reject, send its failed
 * rows again, stop it. Each answers the run as it is then.
 */
@RestController
@RequestMapping("/api/runs")
class RunActionsApiController {

	private final Runs runs;

	RunActionsApiController(Runs runs) {
		this.runs = runs;
	}

	@Operation(summary = "Approve a validated run for payment (MANAGER)",
			description = "Its READY rows are paid; with tasvieh.approval.four-eyes=true not by the user who uploaded it.",
			responses = { @ApiResponse(responseCode = "200", description = "The run, APPROVED"), @ApiResponse(
					responseCode = "403",
					description = "FOUR_EYES: the uploader may not approve their own sheet; " + ApiDocument.FORBIDDEN,
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"FOUR_EYES\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "404", description = ApiDocument.NOT_FOUND, content = @Content(
							mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"NOT_FOUND\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "409", description = "NOT_AWAITING_APPROVAL: the run is not VALIDATED",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"NOT_AWAITING_APPROVAL\", \"message\": \"…\"}"))) })
	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson approve(@PathVariable("id") long id, Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.approve(id, actor(authentication, request)));
	}

	@Operation(summary = "Reject a validated run (MANAGER)", description = "Nothing of it is ever paid.", responses = {
			@ApiResponse(responseCode = "200", description = "The run, REJECTED"),
			@ApiResponse(responseCode = "403", description = ApiDocument.FORBIDDEN,
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"FORBIDDEN\", \"message\": \"…\"}"))),
			@ApiResponse(responseCode = "404", description = ApiDocument.NOT_FOUND,
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"NOT_FOUND\", \"message\": \"…\"}"))),
			@ApiResponse(responseCode = "409", description = "NOT_AWAITING_APPROVAL: the run is not VALIDATED",
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(
									value = "{\"error\": \"NOT_AWAITING_APPROVAL\", \"message\": \"…\"}"))) })
	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson reject(@PathVariable("id") long id, @RequestBody(required = false) RejectBody body,
			Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.reject(id, actor(authentication, request), (body != null) ? body.reason() : null));
	}

	/** The optional body of a rejection: older scripts send none. */
	record RejectBody(String reason) {

	}

	/**
	 * Sends the run's FAILED rows again as new attempts; 409 NOTHING_TO_RETRY without
	 * any.
	 */
	@Operation(summary = "Send a finished run's FAILED rows again (MANAGER)",
			description = "Each FAILED row is sent again as a new attempt under a tracker of its own, then followed and reported as a run is.",
			responses = { @ApiResponse(responseCode = "200", description = "The run, being paid again"), @ApiResponse(
					responseCode = "403", description = ApiDocument.FORBIDDEN,
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"FORBIDDEN\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "404", description = ApiDocument.NOT_FOUND, content = @Content(
							mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"NOT_FOUND\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "409",
							description = "NOTHING_TO_RETRY: the run has no FAILED row, or is not finished",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"NOTHING_TO_RETRY\", \"message\": \"…\"}"))) })
	@PostMapping("/{id}/retry")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson retry(@PathVariable("id") long id, Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.retry(id, actor(authentication, request)));
	}

	/**
	 * Stops a run being paid (SPEC 9.7); once answered nothing more of it is sent. 409
	 * NOT_STOPPABLE unless it is APPROVED, PAYING or TRACKING.
	 */
	@Operation(summary = "Stop a run being paid (MANAGER)",
			description = "From the answer on nothing more of the run is sent; rows never sent become CANCELED.",
			responses = { @ApiResponse(responseCode = "200", description = "The run, STOPPED"),
					@ApiResponse(responseCode = "403", description = ApiDocument.FORBIDDEN),
					@ApiResponse(responseCode = "404", description = ApiDocument.NOT_FOUND),
					@ApiResponse(responseCode = "409",
							description = "NOT_STOPPABLE: the run is not APPROVED, PAYING or TRACKING") })
	@PostMapping("/{id}/stop")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson stop(@PathVariable("id") long id, @RequestBody(required = false) StopRequest body,
			Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.stop(id, actor(authentication, request), (body != null) ? body.reason() : null));
	}

	/** The body of a stop: the manager's reason. */
	record StopRequest(String reason) {

	}

	private static Actor actor(Authentication authentication, HttpServletRequest request) {
		return RunsApiController.actor(authentication, request);
	}

}
