package ir.tasvieh.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.Decision;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.SheetRejected;

/**
 * {@code /api/runs} (SPEC 9.4): hand in a sheet, list and read runs, approve or reject
 * one. Roles are checked by {@link WebSecurity} and again here.
 */
@RestController
@RequestMapping("/api/runs")
class RunsApiController {

	private static final int MAX_LIST = 1000;

	private final Runs runs;

	private final UploadedSheets uploads;

	RunsApiController(Runs runs, UploadedSheets uploads) {
		this.runs = runs;
		this.uploads = uploads;
	}

	/**
	 * 201 with the run: validated, or still {@code VALIDATING} (with its place in the
	 * queue) when its turn and validation take longer than
	 * {@code tasvieh.upload.answer-within}.
	 */
	@PostMapping
	@PreAuthorize("hasRole('FINANCE')")
	public ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "provider", required = false) String provider,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
			@RequestParam(name = "force", defaultValue = "false") boolean force, Authentication authentication,
			HttpServletRequest request) {
		if (file == null) {
			throw new ApiException(HttpStatus.BAD_REQUEST,
					ApiError.bilingual("FILE_MISSING", "Send the sheet as the multipart field 'file'",
							"فایل را در بخش «file» فرم چندبخشی بفرستید.", null));
		}
		ProviderName providerName = providerName(provider);
		Path stored = this.uploads.store(file);
		RunRequest runRequest = new RunRequest(stored, UploadedSheets.originalName(file), providerName, dryRun, force,
				this.uploads.resultDir(stored), authentication.getName(), null);
		RunResult result = this.runs.upload(runRequest, actor(authentication, request));
		if (result.rejected()) {
			forget(stored);
			throw rejected(result.rejection());
		}
		RunView run = find(result.runId());
		return ResponseEntity.created(URI.create("/api/runs/" + run.id())).body(RunJson.of(run));
	}

	/**
	 * The runs, newest first; {@code attention=true} keeps those that need attention
	 * (SPEC 6.1), however old; {@code status} those in one status.
	 */
	@GetMapping
	public List<RunJson> list(@RequestParam(name = "limit", defaultValue = "100") int limit,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "attention", defaultValue = "false") boolean attention) {
		if (limit < 1 || limit > MAX_LIST) {
			throw ApiException.badParameter("limit must be between 1 and " + MAX_LIST,
					"limit باید میان ۱ و " + MAX_LIST + " باشد.");
		}
		RunStatus wanted = runStatus(status);
		List<RunView> found = attention ? this.runs.needingAttention(limit) : this.runs.list(limit);
		return found.stream().filter((run) -> wanted == null || run.status() == wanted).map(RunJson::of).toList();
	}

	/**
	 * Decides on payouts in doubt (SPEC 6.1): {@code 201} with the decision,
	 * {@code PROPOSED} under four eyes, else {@code APPLIED} or {@code OVERTAKEN}.
	 */
	@PostMapping("/{id}/decisions")
	@PreAuthorize("hasRole('MANAGER')")
	public ResponseEntity<DecisionJson> decide(@PathVariable("id") long id,
			@RequestBody(required = false) DecisionJson.Body body, Authentication authentication,
			HttpServletRequest request) {
		DecisionJson.Body given = (body != null) ? body : new DecisionJson.Body(null, null, null, null);
		Decision decision = this.runs.decide(id, given.toRequest(), actor(authentication, request));
		return ResponseEntity.created(URI.create("/api/decisions/" + decision.id())).body(DecisionJson.of(decision));
	}

	private static RunStatus runStatus(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return RunStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.badParameter("Unknown run status '" + status + "'",
					"وضعیت اجرا «" + status + "» شناخته نیست.");
		}
	}

	@GetMapping("/{id}")
	public RunJson run(@PathVariable("id") long id) {
		return RunJson.of(find(id));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson approve(@PathVariable("id") long id, Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.approve(id, actor(authentication, request)));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson reject(@PathVariable("id") long id, Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.reject(id, actor(authentication, request)));
	}

	/**
	 * Sends the run's FAILED rows again as new attempts; 409 NOTHING_TO_RETRY without
	 * any.
	 */
	@PostMapping("/{id}/retry")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson retry(@PathVariable("id") long id, Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.retry(id, actor(authentication, request)));
	}

	/**
	 * Stops a run being paid (SPEC 9.7); once answered nothing more of it is sent. 409
	 * NOT_STOPPABLE unless it is APPROVED, PAYING or TRACKING.
	 */
	@PostMapping("/{id}/stop")
	@PreAuthorize("hasRole('MANAGER')")
	public RunJson stop(@PathVariable("id") long id, @RequestBody(required = false) StopRequest body,
			Authentication authentication, HttpServletRequest request) {
		return RunJson.of(this.runs.stop(id, actor(authentication, request), (body != null) ? body.reason() : null));
	}

	/** The body of a stop: the manager's reason. */
	record StopRequest(String reason) {

	}

	private RunView find(long id) {
		return this.runs.find(id).orElseThrow(() -> ApiException.runNotFound(id));
	}

	static Actor actor(Authentication authentication, HttpServletRequest request) {
		return new Actor(authentication.getName(), request.getRemoteAddr());
	}

	private static ProviderName providerName(String provider) {
		if (provider == null || provider.isBlank()) {
			return null;
		}
		try {
			return ProviderName.of(provider);
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST,
					ApiError.bilingual("UNKNOWN_PROVIDER", "Unknown provider '" + provider + "': use nextpay or vandar",
							"پرداخت‌یار «" + provider + "» شناخته نیست: nextpay یا vandar را بنویسید.", null));
		}
	}

	/**
	 * 409 for content that was run before (or is being run right now), 422 for any other
	 * sheet refused as a whole.
	 */
	private static ApiException rejected(SheetRejected rejection) {
		String reason = rejection.reason();
		if ("ALREADY_RUN".equals(reason) || "ALREADY_RUNNING".equals(reason)) {
			return new ApiException(HttpStatus.CONFLICT,
					ApiError.bilingual(reason, rejection.messageEn(), rejection.messageFa(), null));
		}
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT,
				ApiError.bilingual("SHEET_REJECTED", rejection.messageEn(), rejection.messageFa(), reason));
	}

	/** An upload that made no run is not kept. */
	private static void forget(Path stored) {
		try {
			Files.deleteIfExists(stored);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
