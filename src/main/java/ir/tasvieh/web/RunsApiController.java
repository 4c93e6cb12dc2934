package ir.tasvieh.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.SheetRejected;
import ir.tasvieh.sheet.MessageText;

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
							"فایل را در بخش " + MessageText.quote("file") + " فرم چندبخشی بفرستید.", null));
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

	/** The newest runs, filtered by {@code status} and by whether they need attention. */
	@GetMapping
	public List<RunJson> list(@RequestParam(name = "limit", defaultValue = "100") int limit,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "attention", defaultValue = "false") boolean attention) {
		if (limit < 1 || limit > MAX_LIST) {
			throw ApiException.badParameter("limit must be between 1 and " + MAX_LIST,
					"limit باید میان ۱ و " + MessageText.digits(MAX_LIST) + " باشد.");
		}
		RunStatus wanted = RunFilter.status(status);
		if (status != null && !status.isBlank() && wanted == null) {
			throw ApiException.badParameter("Unknown run status '" + status + "'",
					"وضعیت اجرای " + MessageText.quote(status) + " شناخته نیست.");
		}
		return this.runs.list(limit)
			.stream()
			.filter((run) -> wanted == null || run.status() == wanted)
			.filter((run) -> !attention || run.needsAttention())
			.map(RunJson::of)
			.toList();
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
							"پرداخت‌یار " + MessageText.quote(provider) + " شناخته نیست: nextpay یا vandar را بنویسید.",
							null));
		}
	}

	/**
	 * 409 for content that was run before (or is being run right now), 422 for any other
	 * sheet refused as a whole.
	 */
	private static ApiException rejected(SheetRejected rejection) {
		String reason = rejection.reason();
		if (rejection.alreadyRun()) {
			SheetRejected api = rejection.followedBy(
					"برای اجرای دوباره " + MessageText.isolate("force=true") + " را بفرستید.",
					"Send force=true to run it again.");
			return new ApiException(HttpStatus.CONFLICT,
					ApiError.bilingual(reason, api.messageEn(), api.messageFa(), null));
		}
		if ("ALREADY_RUNNING".equals(reason)) {
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
