package ir.tasvieh.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunStatus;
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
@Tag(name = "runs", description = "Payout sheets handed in, their approval and their runs")
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
	@Operation(summary = "Hand in a payout sheet (FINANCE)",
			description = "Validates every row and answers 201 with the run, VALIDATED and waiting for a MANAGER's approval (or DRY_RUN), or still VALIDATING with its place in the queue when validation takes longer than tasvieh.upload.answer-within.",
			responses = {
					@ApiResponse(responseCode = "201", description = "The run; Location: /api/runs/{id}",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = RunJson.class))),
					@ApiResponse(responseCode = "400",
							description = "FILE_MISSING: no multipart field file; UNKNOWN_PROVIDER: provider is not nextpay or vandar; NOT_MULTIPART; "
									+ ApiDocument.BAD_PARAMETER,
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"FILE_MISSING\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "403", description = ApiDocument.FORBIDDEN, content = @Content(
							mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"FORBIDDEN\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "409",
							description = "ALREADY_RUN: the same content was run before and force is not set; ALREADY_RUNNING: it is being run now",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"ALREADY_RUN\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "413",
							description = "TOO_LARGE: the file is over tasvieh.upload.max-size (default 50MB)",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"TOO_LARGE\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "422",
							description = "SHEET_REJECTED: the sheet is refused as a whole (unreadable, no header row, …); reason says why",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"SHEET_REJECTED\", \"message\": \"…\"}"))) })
	@PostMapping
	@PreAuthorize("hasRole('FINANCE')")
	public ResponseEntity<?> upload(
			@Parameter(description = "the payout sheet: .xlsx, .xls or .csv") @RequestParam(name = "file",
					required = false) MultipartFile file,
			@Parameter(description = "nextpay or vandar; tasvieh.provider when not given") @RequestParam(
					name = "provider", required = false) String provider,
			@Parameter(description = "validate and report only; nothing is paid") @RequestParam(name = "dryRun",
					defaultValue = "false") boolean dryRun,
			@Parameter(
					description = "run content that was run before; trackers still keep anything from being paid twice") @RequestParam(
							name = "force", defaultValue = "false") boolean force,
			@Parameter(hidden = true) Authentication authentication, HttpServletRequest request) {
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

	/**
	 * The runs, newest first; {@code attention=true} keeps those that need attention
	 * (SPEC 6.1), however old; {@code status} those in one status.
	 */
	@Operation(summary = "List the runs, newest first",
			description = "Each run with its counts and rial totals per row status, outcome, needsAttention and feesIrr.",
			responses = { @ApiResponse(responseCode = "200", description = "The runs, newest first"), @ApiResponse(
					responseCode = "400", description = ApiDocument.BAD_PARAMETER,
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"BAD_PARAMETER\", \"message\": \"…\"}"))) })
	@GetMapping
	public List<RunJson> list(@RequestParam(name = "limit", defaultValue = "100") int limit,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "attention", defaultValue = "false") boolean attention) {
		if (limit < 1 || limit > MAX_LIST) {
			throw ApiException.badParameter("limit must be between 1 and " + MAX_LIST,
					MessageText.isolate("limit") + " باید میان ۱ و " + MessageText.digits(MAX_LIST) + " باشد.");
		}
		RunStatus wanted = runStatus(status);
		List<RunView> found = attention ? this.runs.needingAttention(limit) : this.runs.list(limit);
		return found.stream().filter((run) -> wanted == null || run.status() == wanted).map(RunJson::of).toList();
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
					"وضعیت اجرا " + MessageText.quote(status) + " شناخته نیست.");
		}
	}

	@Operation(summary = "Read one run",
			description = "The run: status, who uploaded and approved it, counts and totals per row status, outcome once COMPLETED.",
			responses = { @ApiResponse(responseCode = "200", description = "The run"), @ApiResponse(
					responseCode = "404", description = ApiDocument.NOT_FOUND,
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"NOT_FOUND\", \"message\": \"…\"}"))) })
	@GetMapping("/{id}")
	public RunJson run(@PathVariable("id") long id) {
		return RunJson.of(find(id));
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
							"پرداخت‌یار " + MessageText.quote(provider) + " شناخته نیست: "
									+ MessageText.oneOf("nextpay", "vandar") + " را بنویسید.",
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
