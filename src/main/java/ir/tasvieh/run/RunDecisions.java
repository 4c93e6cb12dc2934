package ir.tasvieh.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.job.JobRequest;
import ir.tasvieh.job.PayoutJob;
import ir.tasvieh.payout.LedgerRow;
import ir.tasvieh.payout.PayoutDoubts;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.sheet.MessageText;

/**
 * Managers' decisions on payouts in doubt (docs/SPEC.md section 6.1). A decision is
 * proposed; with four eyes a second manager confirms it, else it takes effect at once.
 * Taking effect happens under the run's lease: the provider is asked once more, a clear
 * answer wins (a row it answered for is left as it said, and a decision whose every row
 * was answered is {@code OVERTAKEN}), and the rows still in doubt are settled as decided
 * in one transaction with the decision and its audit entry. Rows {@code NOT_RECEIVED}
 * become READY and the run is paid on exactly as at its first send: claimed and committed
 * SUBMITTING before the call, under the same tracker.
 */
@Component
class RunDecisions {

	static final String NOT_IN_DOUBT = "NOT_IN_DOUBT";

	static final String NOTE_MISSING = "NOTE_MISSING";

	static final String NOT_PROPOSED = "NOT_PROPOSED";

	static final String RUN_BUSY = "RUN_BUSY";

	/**
	 * A run whose rows can be sent again after a decision, once its payment is at rest.
	 */
	private static final Set<RunStatus> AT_REST = EnumSet.of(RunStatus.TRACKING, RunStatus.COMPLETED, RunStatus.FAILED,
			RunStatus.APPROVED);

	private final RunRepository runs;

	private final DecisionRepository decisions;

	private final RunLease lease;

	private final RunTransitions transitions;

	private final RunPayments payments;

	private final RunAuditLog audit;

	private final PayoutJob job;

	private final PayoutDoubts doubts;

	private final RunSettings settings;

	private final ApplicationEventPublisher events;

	private final RunTallies tallies;

	private final TransactionTemplate transactions;

	RunDecisions(RunRepository runs, DecisionRepository decisions, RunLease lease, RunTransitions transitions,
			RunPayments payments, RunAuditLog audit, PayoutJob job, PayoutDoubts doubts, RunSettings settings,
			ApplicationEventPublisher events, RunTallies tallies, PlatformTransactionManager transactionManager) {
		this.tallies = tallies;
		this.runs = runs;
		this.decisions = decisions;
		this.lease = lease;
		this.transitions = transitions;
		this.payments = payments;
		this.audit = audit;
		this.job = job;
		this.doubts = doubts;
		this.settings = settings;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Records a decision; with four eyes (and not {@code atOnce}) it waits for a second
	 * manager, else it takes effect now.
	 * @param followFor how long rows sent again are followed on this thread, or
	 * {@code null} to send them in the background
	 */
	Decision decide(long runId, DecisionRequest request, Actor actor, boolean atOnce, Duration followFor) {
		RunRecord run = this.runs.find(runId).orElseThrow(() -> RunActionRefused.notFound(runId));
		List<Integer> rows = request.checked(run.id());
		refuseUnlessInDoubt(runId, rows);
		long id = this.transactions.execute((tx) -> {
			long inserted = this.decisions.insert(runId, rows, request.outcome(), request.providerRef(), request.note(),
					actor.username());
			this.audit.record(runId, actor, "DECISION_PROPOSED", describe(inserted, rows, request));
			if (this.settings.fourEyes() && !atOnce) {
				this.events.publishEvent(new DecisionProposed(inserted, runId));
			}
			return inserted;
		});
		if (this.settings.fourEyes() && !atOnce) {
			return find(id);
		}
		return takeEffect(id, actor, followFor);
	}

	/**
	 * Confirms a proposed decision: it takes effect now.
	 * @throws RunActionRefused {@code FOUR_EYES} for the manager who proposed it,
	 * {@code NOT_PROPOSED} when it is not waiting
	 */
	Decision confirm(long decisionId, Actor actor) {
		Decision decision = find(decisionId);
		if (decision.status() != Decision.Status.PROPOSED) {
			throw notProposed(decision);
		}
		if (decision.proposedBy().equals(actor.username())) {
			throw new RunActionRefused(RunActionRefused.FOUR_EYES,
					"تصمیم شمارهٔ " + MessageText.digits(decisionId)
							+ " را خودتان پیشنهاد کرده‌اید؛ مدیر دیگری باید آن را تأیید کند.",
					"You proposed decision " + decisionId + "; another manager has to confirm it (four eyes).");
		}
		return takeEffect(decisionId, actor, null);
	}

	Decision find(long decisionId) {
		return this.decisions.find(decisionId)
			.orElseThrow(() -> new RunActionRefused(RunActionRefused.NOT_FOUND,
					"تصمیم شمارهٔ " + MessageText.digits(decisionId) + " وجود ندارد.",
					"There is no decision " + decisionId + "."));
	}

	List<Decision> withStatus(Decision.Status status, int limit) {
		return this.decisions.withStatus(status, limit);
	}

	List<Decision> ofRun(long runId) {
		return this.decisions.ofRun(runId);
	}

	private Decision takeEffect(long decisionId, Actor actor, Duration followFor) {
		Decision proposed = find(decisionId);
		if (!this.lease.acquire(proposed.runId())) {
			throw new RunActionRefused(RUN_BUSY,
					"اجرای شماره " + MessageText.digits(proposed.runId())
							+ " هم‌اکنون در حال پرداخت یا پیگیری است؛ کمی بعد دوباره تأیید کنید.",
					"Run " + proposed.runId() + " is being paid or followed right now; confirm again in a minute.");
		}
		boolean handedOver = false;
		try {
			// Read again under the lease: another manager may have confirmed it
			// meanwhile.
			Decision decision = find(decisionId);
			if (decision.status() != Decision.Status.PROPOSED) {
				throw notProposed(decision);
			}
			RunRecord run = this.runs.find(decision.runId()).orElseThrow();
			JobRequest jobRequest = this.payments.jobRequest(run, Duration.ZERO);
			List<LedgerRow> before = inDoubt(this.doubts.rows(run.id(), decision.rows()));
			this.job.askAgain(jobRequest, before);
			List<LedgerRow> after = this.doubts.rows(run.id(), decision.rows());
			List<LedgerRow> stillInDoubt = inDoubt(after);
			boolean resend = this.transactions.execute((tx) -> apply(decision, actor, run, after, stillInDoubt));
			this.tallies.forget(run.id());
			if (resend) {
				handedOver = true;
				if (followFor != null) {
					this.payments.payLeased(run.id(), followFor);
				}
				else {
					this.payments.payLeasedInBackground(run.id());
				}
			}
			else {
				this.job.rewriteResult(jobRequest);
				if (run.status() != RunStatus.COMPLETED && RunIntake.allFinal(this.job.tally(run.id()))) {
					this.transitions.settle(run.id(), RunStatus.COMPLETED, null, null);
				}
			}
			return find(decisionId);
		}
		finally {
			if (!handedOver) {
				this.lease.release(proposed.runId());
			}
		}
	}

	/**
	 * Settles the rows still in doubt, ends the decision and audits it, in the caller's
	 * transaction.
	 * @return whether the run has rows to send again now
	 */
	private boolean apply(Decision decision, Actor actor, RunRecord run, List<LedgerRow> after,
			List<LedgerRow> stillInDoubt) {
		List<String> answered = new ArrayList<>();
		for (LedgerRow row : after) {
			if (row.status() != PayoutStatus.UNKNOWN) {
				answered.add("row " + row.rowNo() + " " + row.status().reported());
			}
		}
		String answeredText = answered.isEmpty() ? ""
				: "the provider answered first for " + String.join(", ", answered) + "; ";
		Decision.Status status = stillInDoubt.isEmpty() ? Decision.Status.OVERTAKEN : Decision.Status.APPLIED;
		String result;
		if (status == Decision.Status.OVERTAKEN) {
			result = answeredText + "nothing was changed";
		}
		else {
			String reason = "decision " + decision.id() + " by " + decision.proposedBy()
					+ (decision.proposedBy().equals(actor.username()) ? "" : ", confirmed by " + actor.username())
					+ ": " + decision.note();
			this.doubts.settle(stillInDoubt.stream().map(LedgerRow::id).toList(), decision.outcome().settlesAs(),
					decision.providerRef(), reason);
			result = answeredText + rowNumbers(stillInDoubt) + " " + decision.outcome().settlesAs();
		}
		if (!this.decisions.decide(decision.id(), status, actor.username(), result)) {
			throw notProposed(decision);
		}
		this.audit.record(run.id(), actor, "DECISION_" + status.name(), "decision " + decision.id() + ": " + result);
		boolean resend = after.stream().anyMatch((row) -> row.status() == PayoutStatus.READY)
				|| (status == Decision.Status.APPLIED && decision.outcome() == Decision.Outcome.NOT_RECEIVED);
		if (resend && !this.transitions.move(run.id(), AT_REST, RunStatus.PAYING, actor, "RESENT",
				"rows the provider does not hold are sent again under their own trackers")) {
			throw new RunActionRefused(RUN_BUSY,
					"اجرای شماره " + MessageText.digits(run.id()) + " اکنون قابل ارسال دوباره نیست.",
					"Run " + run.id() + " cannot be sent again now (" + run.status() + ").");
		}
		return resend;
	}

	private void refuseUnlessInDoubt(long runId, List<Integer> rows) {
		List<LedgerRow> found = this.doubts.rows(runId, rows);
		Set<Integer> inDoubt = inDoubt(found).stream().map(LedgerRow::rowNo).collect(Collectors.toSet());
		Set<Integer> not = new LinkedHashSet<>(rows);
		not.removeAll(inDoubt);
		if (!not.isEmpty()) {
			String list = not.stream().map(String::valueOf).collect(Collectors.joining(", "));
			throw new RunActionRefused(NOT_IN_DOUBT,
					"ردیف " + MessageText.persianDigits(list.replace(", ", "، ")) + " از اجرای شماره "
							+ MessageText.digits(runId) + " در وضعیت نامعلوم (" + MessageText.isolate("UNKNOWN")
							+ ") نیست؛ فقط دربارهٔ" + " ردیف‌های نامعلوم می‌توان تصمیم گرفت.",
					"Row " + list + " of run " + runId + " is not in doubt (UNKNOWN); only rows in doubt can be"
							+ " decided on.");
		}
		for (Decision proposed : this.decisions.ofRun(runId)) {
			if (proposed.status() == Decision.Status.PROPOSED && proposed.rows().stream().anyMatch(rows::contains)) {
				throw new RunActionRefused("ALREADY_PROPOSED",
						"برای برخی از این ردیف‌ها تصمیم شمارهٔ " + MessageText.digits(proposed.id())
								+ " در انتظار تأیید است.",
						"Decision " + proposed.id() + " on some of these rows is waiting to be confirmed.");
			}
		}
	}

	private static List<LedgerRow> inDoubt(List<LedgerRow> rows) {
		return rows.stream().filter((row) -> row.status() == PayoutStatus.UNKNOWN).toList();
	}

	private static String rowNumbers(List<LedgerRow> rows) {
		return ((rows.size() == 1) ? "row " : "rows ")
				+ rows.stream().map((row) -> String.valueOf(row.rowNo())).collect(Collectors.joining(", "));
	}

	private static String describe(long id, List<Integer> rows, DecisionRequest request) {
		return "decision " + id + ": rows " + rows.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " "
				+ request.outcome() + ((request.providerRef() != null) ? " (ref " + request.providerRef() + ")" : "")
				+ ": " + request.note();
	}

	private static RunActionRefused notProposed(Decision decision) {
		return new RunActionRefused(NOT_PROPOSED,
				"تصمیم شمارهٔ " + MessageText.digits(decision.id()) + " در انتظار تأیید نیست ("
						+ MessageText.isolate(decision.status()) + ").",
				"Decision " + decision.id() + " is not waiting to be confirmed (" + decision.status() + ").");
	}

}
