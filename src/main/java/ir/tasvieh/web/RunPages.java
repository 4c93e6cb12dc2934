package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Decisions;
import ir.tasvieh.run.RunRow;
import ir.tasvieh.run.RunRows;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

/**
 * The pages that show runs: the list, a run with its rows and audit trail, its live
 * progress and its result workbook. Anyone signed in may read them.
 */
@Controller
class RunPages {

	static final int PAGE_SIZE = 50;

	/** A run page lists this many rows in doubt to decide on at once. */
	static final int IN_DOUBT_LIMIT = 200;

	/** The runs list shows this many of the newest runs. */
	static final int LIST_LIMIT = 200;

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Runs runs;

	private final RunRows rows;

	private final Decisions decisions;

	private final RunButtons buttons;

	private final MessageSource messages;

	private final PageFormat fmt;

	RunPages(Runs runs, RunRows rows, Decisions decisions, RunButtons buttons, MessageSource messages, PageFormat fmt) {
		this.runs = runs;
		this.rows = rows;
		this.decisions = decisions;
		this.buttons = buttons;
		this.messages = messages;
		this.fmt = fmt;
	}

	/**
	 * The newest runs, filtered by status, by those waiting for this manager's approval
	 * ({@code show=mine}) or by those that need attention ({@code show=attention} or
	 * {@code attention=true}, however old: SPEC 6.1); above them the decisions on payouts
	 * in doubt that wait for a second manager.
	 */
	@GetMapping("/runs")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String show,
			@RequestParam(defaultValue = "false") boolean attention, Model model) {
		boolean needing = attention || RunFilter.ATTENTION.equals(show);
		List<RunView> found = needing ? this.runs.needingAttention(LIST_LIMIT) : this.runs.list(LIST_LIMIT);
		RunStatus wanted = RunFilter.status(status);
		Viewer viewer = Viewer.current();
		model.addAttribute("runs",
				found.stream()
					.filter((run) -> RunFilter.shows(run, wanted, show, viewer, this.buttons))
					.map(RunLine::of)
					.toList());
		model.addAttribute("attention", needing);
		model.addAttribute("limit", (long) LIST_LIMIT);
		model.addAttribute("proposed", this.decisions.decisions(Decision.Status.PROPOSED, LIST_LIMIT));
		model.addAttribute("statuses", RunStatus.values());
		model.addAttribute("wanted", wanted);
		model.addAttribute("show", needing ? RunFilter.ATTENTION : show);
		return "runs";
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer to, Model model, Locale locale) {
		RunView run = find(id);
		PayoutStatus filter = statusFilter(status);
		String search = (q != null && !q.isBlank()) ? q.strip() : null;
		// Without a search, counted from the run's tallies, not by a pass over its rows
		// on every page.
		long matching = (search != null) ? this.rows.countRows(id, filter, search)
				: (filter != null) ? run.count(filter) : run.rowCount();
		int pages = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
		// "Go to page" counts from 1, as the page shows it.
		int asked = (to != null) ? to - 1 : page;
		int shown = Math.min(Math.max(asked, 0), pages - 1);
		model.addAttribute("q", search);
		model.addAttribute("run", RunLine.of(run));
		model.addAttribute("byStatus", byStatus(run));
		model.addAttribute("byBank", run.byBank());
		List<ChartBar> statusBars = ChartBar.of(byStatus(run));
		List<ChartBar> bankBars = ChartBar.of(run.byBank());
		model.addAttribute("statusBars", statusBars);
		model.addAttribute("bankBars", bankBars);
		model.addAttribute("statusChartHeight", ChartBar.height(statusBars));
		model.addAttribute("bankChartHeight", ChartBar.height(bankBars));
		model.addAttribute("filter", filter);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("matching", matching);
		List<RunRow> rows = (search != null) ? this.rows.searchRows(id, filter, search, shown, PAGE_SIZE)
				: this.rows.rows(id, filter, shown, PAGE_SIZE);
		model.addAttribute("rows", rows.stream().map((row) -> RowLine.of(row.payout(), row.reason())).toList());
		model.addAttribute("audit", this.runs.auditTrail(id));
		model.addAttribute("inDoubt", this.rows.inDoubt(id, IN_DOUBT_LIMIT));
		model.addAttribute("decisions", this.decisions.decisionsOf(id));
		model.addAttribute("outcomes", Decision.Outcome.values());
		model.addAttribute("buttons", this.buttons.of(run, Viewer.current()));
		model.addAttribute("canStop", this.buttons.stop(run, Viewer.current()));
		model.addAttribute("hasResult", hasResult(run));
		model.addAttribute("queue", queue(run, locale));
		return "run";
	}

	/** The run page polls this while the run moves on its own. */
	@GetMapping(path = "/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	RunProgress progress(@PathVariable long id, Locale locale) {
		RunView run = find(id);
		long payable = RunProgress.payable(run);
		long done = RunProgress.done(run);
		String text = this.messages.getMessage("run.progress.text",
				new Object[] { this.fmt.num(done), this.fmt.num(payable) }, locale);
		String badge = RunProgress.badge(run);
		return new RunProgress(id, run.status(), badge, this.messages.getMessage("run.status." + badge, null, locale),
				RunProgress.isLive(run), payable, done, run.failedCount(), this.fmt.percent(done, payable), text,
				queue(run, locale));
	}

	/**
	 * A run's place in the validation queue, in words, or {@code null} when it has none.
	 */
	private String queue(RunView run, Locale locale) {
		Integer place = run.queuePosition();
		if (place == null) {
			return null;
		}
		if (place == 0) {
			return this.messages.getMessage("run.queue.validating", null, locale);
		}
		return this.messages.getMessage("run.queue.waiting", new Object[] { this.fmt.num((long) place) }, locale);
	}

	@GetMapping("/runs/{id}/result")
	ResponseEntity<Resource> result(@PathVariable long id, Authentication authentication, HttpServletRequest request) {
		RunView run = find(id);
		if (!hasResult(run)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String fileName = run.resultPath().getFileName().toString();
		this.runs.recordAudit(id, new Actor(authentication.getName(), request.getRemoteAddr()), "DOWNLOADED", fileName);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(new FileSystemResource(run.resultPath()));
	}

	/**
	 * Only the rows that need a person, in the result workbook's format, to correct and
	 * hand in again (docs/SPEC.md sections 4.1 and 7).
	 */
	@GetMapping("/runs/{id}/rows-to-fix")
	ResponseEntity<StreamingResponseBody> rowsToFix(@PathVariable long id, Authentication authentication,
			HttpServletRequest request) {
		RunView run = find(id);
		if (run.toFixCount() == 0) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String fileName = RunRows.rowsToFixName(run.fileName());
		this.runs.recordAudit(id, new Actor(authentication.getName(), request.getRemoteAddr()), "DOWNLOADED", fileName);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, RunFilesApiController.attachment(fileName))
			.body((out) -> this.rows.writeRowsToFix(id, out));
	}

	private RunView find(long id) {
		return this.runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean hasResult(RunView run) {
		Path path = run.resultPath();
		return path != null && Files.isRegularFile(path);
	}

	/**
	 * An unknown status shows every row rather than an error: it came from a typed URL.
	 */
	private static PayoutStatus statusFilter(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		return Arrays.stream(PayoutStatus.values()).filter((s) -> s.name().equals(status)).findFirst().orElse(null);
	}

	/** In the order a payout moves through its statuses, not alphabetically. */
	private static List<Tally> byStatus(RunView run) {
		return Arrays.stream(PayoutStatus.values())
			.flatMap((status) -> run.byStatus().stream().filter((tally) -> tally.key().equals(status.name())))
			.toList();
	}

}
