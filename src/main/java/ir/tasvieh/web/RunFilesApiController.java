package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriUtils;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.RunRow;
import ir.tasvieh.run.RunRows;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.MessageText;

/**
 * A run's rows, page by page, and its result workbook (SPEC 9.4); any signed-in user may
 * read them.
 */
@RestController
@RequestMapping("/api/runs/{id}")
@Tag(name = "runs")
class RunFilesApiController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final int MAX_PAGE_SIZE = 500;

	private final Runs runs;

	private final RunRows rows;

	RunFilesApiController(Runs runs, RunRows rows) {
		this.runs = runs;
		this.rows = rows;
	}

	/**
	 * {@code status} filters (empty: every row); {@code q} searches name, destination,
	 * tracker and row number; {@code page} counts from 0.
	 */
	@Operation(summary = "Read a run's rows, page by page",
			description = "Each row: its sheet row number, name, destination (cards masked), amount, tracker, status, validation errors, the provider's reference and reason. status filters; q finds rows by name, destination, tracker or row number; page counts from 0; size is 1 to 500.",
			responses = { @ApiResponse(responseCode = "200", description = "A page of rows"), @ApiResponse(
					responseCode = "400",
					description = "BAD_PARAMETER: an unknown status, a page below 0 or a size outside 1..500",
					content = @Content(mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"BAD_PARAMETER\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "404", description = ApiDocument.NOT_FOUND, content = @Content(
							mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"NOT_FOUND\", \"message\": \"…\"}"))) })
	@GetMapping("/rows")
	public RowsPage rows(@PathVariable("id") long id, @RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "size", defaultValue = "50") int size) {
		RunView run = find(id);
		PayoutStatus filter = status(status);
		if (page < 0) {
			throw ApiException.badParameter("page counts from 0", "شمارهٔ صفحه از ۰ آغاز می‌شود.");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw ApiException.badParameter("size must be between 1 and " + MAX_PAGE_SIZE,
					MessageText.isolate("size") + " باید میان ۱ و " + MessageText.digits(MAX_PAGE_SIZE) + " باشد.");
		}
		boolean search = q != null && !q.isBlank();
		List<RunRow> found = search ? this.rows.searchRows(id, filter, q, page, size)
				: this.rows.rows(id, filter, page, size);
		List<RowJson> rows = found.stream().map((row) -> RowJson.of(row.payout(), row.reason())).toList();
		// Without a search, counted from the run's tallies, not by a pass over its rows
		// on every page.
		long total = search ? this.rows.countRows(id, filter, q)
				: (filter != null) ? run.count(filter) : run.rowCount();
		return new RowsPage(rows, page, size, total);
	}

	@Operation(summary = "Download a run's result workbook",
			description = "The output workbook (.xlsx) as it is now: every input column, each row's result, and a Summary sheet.",
			responses = {
					@ApiResponse(responseCode = "200", description = "The workbook",
							content = @Content(
									mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
					@ApiResponse(responseCode = "404",
							description = "NOT_FOUND: there is no run with this id; NO_RESULT: the run has no result workbook yet",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"NO_RESULT\", \"message\": \"…\"}"))) })
	@GetMapping("/result")
	public ResponseEntity<Resource> result(@PathVariable("id") long id,
			@Parameter(hidden = true) Authentication authentication, HttpServletRequest request) {
		RunView run = find(id);
		Path path = run.resultPath();
		if (path == null || !Files.isRegularFile(path)) {
			throw new ApiException(HttpStatus.NOT_FOUND,
					ApiError.bilingual("NO_RESULT", "Run " + id + " has no result workbook yet",
							"اجرای شمارهٔ " + MessageText.digits(id) + " هنوز کاربرگ نتیجه ندارد.", null));
		}
		String name = path.getFileName().toString();
		this.runs.recordAudit(id, RunsApiController.actor(authentication, request), "DOWNLOADED", name);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
			.body(new FileSystemResource(path));
	}

	@Operation(summary = "Download only the rows to fix",
			description = "The run's INVALID and FAILED rows in the result workbook's format (SPEC 7), with a Summary of those rows: correct them and hand the file in again as a new run (POST /api/runs).",
			responses = {
					@ApiResponse(responseCode = "200", description = "The workbook of the rows to fix",
							content = @Content(
									mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
					@ApiResponse(responseCode = "401", description = ApiDocument.UNAUTHORIZED, content = @Content(
							mediaType = ApiDocument.JSON, schema = @Schema(implementation = ApiError.class),
							examples = @ExampleObject(value = "{\"error\": \"UNAUTHORIZED\", \"message\": \"…\"}"))),
					@ApiResponse(responseCode = "404",
							description = "NOT_FOUND: there is no run with this id; NOTHING_TO_FIX: no row of the run is INVALID or FAILED",
							content = @Content(mediaType = ApiDocument.JSON,
									schema = @Schema(implementation = ApiError.class),
									examples = @ExampleObject(
											value = "{\"error\": \"NOTHING_TO_FIX\", \"message\": \"…\"}"))) })
	@GetMapping("/rows-to-fix")
	public ResponseEntity<StreamingResponseBody> rowsToFix(@PathVariable("id") long id,
			@Parameter(hidden = true) Authentication authentication, HttpServletRequest request) {
		RunView run = find(id);
		if (run.toFixCount() == 0) {
			throw new ApiException(HttpStatus.NOT_FOUND,
					ApiError.bilingual("NOTHING_TO_FIX", "Run " + id + " has no INVALID or FAILED row",
							"اجرای شمارهٔ " + MessageText.digits(id) + " هیچ ردیف نامعتبر ("
									+ MessageText.isolate("INVALID") + ") یا ناموفقی (" + MessageText.isolate("FAILED")
									+ ") ندارد.",
							null));
		}
		String name = RunRows.rowsToFixName(run.fileName());
		this.runs.recordAudit(id, RunsApiController.actor(authentication, request), "DOWNLOADED", name);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(name))
			.body((out) -> this.rows.writeRowsToFix(id, out));
	}

	/**
	 * {@code attachment; filename="…"; filename*=UTF-8''…}: the plain name for old
	 * clients, the exact (possibly Persian) one for the rest.
	 */
	static String attachment(String name) {
		StringBuilder ascii = new StringBuilder();
		name.chars().forEach((c) -> ascii.append((c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? (char) c : '_'));
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
				+ UriUtils.encode(name, StandardCharsets.UTF_8);
	}

	private RunView find(long id) {
		return this.runs.find(id).orElseThrow(() -> ApiException.runNotFound(id));
	}

	private static PayoutStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			PayoutStatus parsed = PayoutStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
			if (RowJson.shown(parsed) == parsed) {
				return parsed;
			}
		}
		catch (IllegalArgumentException ex) {
			// answered below
		}
		throw ApiException.badParameter(
				"Unknown status '" + status
						+ "': use INVALID, READY, SUBMITTED, UNKNOWN, PAID, FAILED, CANCELED or REVERSED",
				"وضعیت " + MessageText.quote(status) + " شناخته نیست: " + MessageText.oneOf("INVALID", "READY",
						"SUBMITTED", "UNKNOWN", "PAID", "FAILED", "CANCELED", "REVERSED") + ".");
	}

	/** A page of a run's rows and how many rows match in all. */
	record RowsPage(List<RowJson> rows, int page, int size, long total) {

	}

}
