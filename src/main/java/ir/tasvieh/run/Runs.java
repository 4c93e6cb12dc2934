package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.FailedRow;
import ir.tasvieh.payout.PayoutReasons;
import ir.tasvieh.provider.Providers;
import ir.tasvieh.provider.ProviderName;

/**
 * A run's life (SPEC 9.2), the one way into it for the command line, the web, the API and
 * the scheduler: hand in a sheet, approve or reject it, follow its payouts, read it and
 * its audit trail.
 */
@Service
@EnableConfigurationProperties({ RunSettings.class, UploadSettings.class })
public class Runs {

	private final RunIntake intake;

	private final RunPayments payments;

	private final RunRepository runs;

	private final RunAuditLog audit;

	private final RunRetries retries;

	private final RunTallies tallies;

	private final RunUploads uploads;

	private final ValidationQueue queue;

	private final PayoutReasons reasons;

	private final Providers providers;

	private final RunSettings settings;

	private final RunStops stops;

	private final PayoutJob job;

	private final ApprovalPreviews previews;

	Runs(RunIntake intake, RunPayments payments, RunRepository runs, RunAuditLog audit, RunRetries retries,
			RunTallies tallies, RunUploads uploads, ValidationQueue queue, PayoutReasons reasons, Providers providers,
			RunSettings settings, RunStops stops, PayoutJob job, ApprovalPreviews previews) {
		this.previews = previews;
		this.settings = settings;
		this.stops = stops;
		this.providers = providers;
		this.reasons = reasons;
		this.job = job;
		this.retries = retries;
		this.tallies = tallies;
		this.uploads = uploads;
		this.queue = queue;
		this.intake = intake;
		this.payments = payments;
		this.runs = runs;
		this.audit = audit;
	}

	/**
	 * Runs a sheet from the command line: validates it and, unless it is a dry run, pays
	 * it (whoever runs it approves it) and follows the payouts for the request's wait.
	 * Handing in a sheet whose run did not finish resumes that run.
	 * @return the result; a whole-sheet rejection is returned in it, not thrown
	 */
	public RunResult start(RunRequest request) {
		return this.intake.start(request);
	}

	/**
	 * Hands in a sheet to be approved (the inbox): validates it, in its turn among the
	 * sheets handed in (SPEC 9.2), and leaves it {@code VALIDATED} for a manager, or
	 * {@code COMPLETED} when no row can be paid, or {@code DRY_RUN}. Returns once it is
	 * validated.
	 * @return the result; a whole-sheet rejection is returned in it, not thrown
	 * @throws java.util.concurrent.CancellationException when the server stops first
	 */
	public RunResult submit(RunRequest request, Actor actor) {
		return this.uploads.submit(request, actor);
	}

	/**
	 * {@link #submit} for an upload (the web, the API): answers once the sheet is
	 * validated or, when its turn and validation take longer than
	 * {@code tasvieh.upload.answer-within}, at once with the run still
	 * {@code VALIDATING}. A whole-sheet rejection found after that answer ends the run
	 * {@code REJECTED}, its reason in the run's message.
	 * @return the result; a whole-sheet rejection is returned in it, not thrown
	 */
	public RunResult upload(RunRequest request, Actor actor) {
		return this.uploads.upload(request, actor);
	}

	/**
	 * Approves a run waiting for approval and starts paying it in the background (this
	 * returns at once); a run whose payment failed after it was approved is resumed.
	 * @throws RunActionRefused when the run does not exist, is not waiting for approval,
	 * or the actor uploaded it and four eyes are required
	 */
	public RunView approve(long runId, Actor actor) {
		this.payments.approve(runId, actor);
		return view(runId);
	}

	/**
	 * Declines a run waiting for approval; nothing of it is ever paid.
	 * @throws RunActionRefused as {@link #approve}
	 */
	public RunView reject(long runId, Actor actor) {
		return reject(runId, actor, null);
	}

	/**
	 * Declines a run waiting for approval, saying why: the reason is kept in the audit
	 * trail and as the run's message (its page and its mail).
	 * @throws RunActionRefused as {@link #approve}
	 */
	public RunView reject(long runId, Actor actor, String reason) {
		this.payments.reject(runId, actor, reason);
		return view(runId);
	}

	/**
	 * What approving a run would pay, the fees expected on top and the provider's balance
	 * read now.
	 * @throws RunActionRefused {@code NOT_FOUND}
	 */
	public ApprovalPreview approvalPreview(long runId) {
		return this.previews.preview(runId);
	}

	/**
	 * Sends the FAILED rows of a paid run again as new attempts (SPEC 4.1), in the
	 * background (this returns at once); the run goes back to PAYING, then TRACKING or
	 * COMPLETED, and its result workbook is rewritten. Retrying a run whose payment was
	 * interrupted pays it on.
	 * @throws RunActionRefused {@code NOT_FOUND}, or {@code NOTHING_TO_RETRY} when the
	 * run has no FAILED row, was never paid, or is being paid right now
	 */
	public RunView retry(long runId, Actor actor) {
		this.retries.retry(runId, actor);
		return view(runId);
	}

	/**
	 * {@link #retry} on this thread, following the new attempts for {@code followFor}
	 * ({@code retry RUN_ID --wait}).
	 * @throws RunActionRefused as {@link #retry}
	 */
	public RunResult retryAndWait(long runId, Actor actor, Duration followFor) {
		return this.retries.retryAndWait(runId, actor, followFor);
	}

	/**
	 * Stops a run that is being paid (SPEC 9.7): once this returns no instance sends
	 * anything more for it; its payouts never sent are {@code CANCELED}, the run is
	 * {@code STOPPED}, and in the background its sent payouts are followed (those Vandar
	 * may still take back are cancelled) and its result workbook is rewritten.
	 * @param reason the manager's words ({@code null} or blank: none given)
	 * @throws RunActionRefused {@code NOT_FOUND}, or {@code NOT_STOPPABLE} unless the run
	 * is {@code APPROVED}, {@code PAYING} or {@code TRACKING}
	 */
	public RunView stop(long runId, Actor actor, String reason) {
		this.stops.stop(runId, actor, reason, false);
		return view(runId);
	}

	/**
	 * {@link #stop} that follows the run on this thread before it returns (the command
	 * line, which exits then).
	 * @throws RunActionRefused as {@link #stop}
	 */
	public RunView stopAndFollow(long runId, Actor actor, String reason) {
		this.stops.stop(runId, actor, reason, true);
		return view(runId);
	}

	/**
	 * Pays on, in the background, the approved runs whose payment was interrupted because
	 * a process stopped, and validates again the uploads it left {@code VALIDATING}.
	 * {@code serve} calls it when it starts.
	 */
	public void resumeInterrupted() {
		this.uploads.takeUpInterrupted();
		this.payments.resumeInterrupted();
	}

	/**
	 * Follows every payout that is not final, of every run, once; rewrites the result
	 * workbook of each run that changed and completes the runs whose payouts are all
	 * final. A run another live process is working on is left to it.
	 */
	public List<RunRefresh> refresh() {
		return this.payments.refresh();
	}

	public Optional<RunView> find(long runId) {
		return this.runs.find(runId).map(this::toView);
	}

	/** The latest runs, newest first. */
	public List<RunView> list(int limit) {
		return this.runs.newestFirst(limit).stream().map(this::toView).toList();
	}

	/**
	 * The runs that need attention (a payout in doubt for longer than
	 * {@code tasvieh.tracking.attention-after}, SPEC 6.1), newest first, however old.
	 */
	public List<RunView> needingAttention(int limit) {
		return this.job.runsNeedingAttention()
			.stream()
			.limit(limit)
			.map(this.runs::find)
			.flatMap(Optional::stream)
			.map(this::toView)
			.toList();
	}

	/**
	 * Whether a run is decided by four eyes ({@code tasvieh.approval.four-eyes}): the
	 * manager who uploaded it may then not approve or reject it.
	 */
	public boolean fourEyes() {
		return this.settings.fourEyes();
	}

	/** The provider a sheet handed in without naming one is paid through. */
	public ProviderName defaultProvider() {
		return this.providers.defaultProvider();
	}

	/**
	 * A run's rows that failed, were cancelled or returned, or are in doubt, in sheet
	 * order, each with the provider's words or a person's note saying why.
	 * @param limit at most this many
	 */
	public List<FailedRow> failures(long runId, int limit) {
		return this.reasons.failures(runId, limit);
	}

	/** What was done to a run, oldest first. */
	public List<AuditEntry> auditTrail(long runId) {
		return this.audit.trail(runId);
	}

	/** Records an action that does not change the run, such as downloading its result. */
	public void recordAudit(long runId, Actor actor, String action, String detail) {
		this.audit.record(runId, actor, action, detail);
	}

	private RunView view(long runId) {
		return find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
	}

	private RunView toView(RunRecord run) {
		RunTallies.Tallies tallies = this.tallies.of(run);
		return new RunView(run.id(), run.fileName(), run.sha256(), run.provider(), run.status(), run.dryRun(),
				run.createdBy(), run.approvedBy(), run.createdAt(), run.finishedAt(), run.message(), tallies.byStatus(),
				tallies.byBank(), (run.resultPath() != null) ? Path.of(run.resultPath()) : null, queuePosition(run),
				tallies.needsAttention());
	}

	private Integer queuePosition(RunRecord run) {
		if (run.status() != RunStatus.VALIDATING) {
			return null;
		}
		OptionalInt place = this.queue.place(run.id());
		return place.isPresent() ? place.getAsInt() : null;
	}

}
