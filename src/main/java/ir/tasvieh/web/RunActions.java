package ir.tasvieh.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ir.tasvieh.run.Actor;
import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Decisions;
import ir.tasvieh.run.DecisionRequest;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

/**
 * A manager's buttons on a run page: approve (which also resumes an approved run whose
 * payment failed) and reject, both from a page that shows what would be paid first, and
 * retry the failed rows of a paid run. Each goes back to the run page with what happened,
 * or why it was refused, in the viewer's language.
 */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class RunActions {

	private final Runs runs;

	private final Decisions decisions;

	RunActions(Runs runs, Decisions decisions) {
		this.runs = runs;
		this.decisions = decisions;
	}

	@PostMapping("/runs/{id}/approve")
	String approve(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, this.runs::approve, "run.approved", authentication, request, redirect);
	}

	/**
	 * Before deciding: the rows and rials to be paid, the estimated fees and the
	 * provider's balance read now, with the confirm button and the reason to reject.
	 */
	@GetMapping("/runs/{id}/decide")
	String decide(@PathVariable long id, Model model) {
		RunView run = this.runs.find(id).orElse(null);
		if (run == null) {
			return "redirect:/runs";
		}
		if (run.status() != RunStatus.VALIDATED) {
			return "redirect:/runs/" + id;
		}
		model.addAttribute("view", run);
		model.addAttribute("preview", this.runs.approvalPreview(id));
		return "decide";
	}

	/** The page always asks why; the reason goes to the audit trail and the mail. */
	@PostMapping("/runs/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		if (reason == null || reason.isBlank()) {
			redirect.addFlashAttribute("notice", Notice.error("decide.reason.missing"));
			return "redirect:/runs/" + id + "/decide";
		}
		return act(id, (runId, actor) -> this.runs.reject(runId, actor, reason), "run.rejected", authentication,
				request, redirect);
	}

	@PostMapping("/runs/{id}/retry")
	String retry(@PathVariable long id, Authentication authentication, HttpServletRequest request,
			RedirectAttributes redirect) {
		return act(id, this.runs::retry, "run.retried", authentication, request, redirect);
	}

	/** Stops a run being paid, with the manager's reason (SPEC 9.7). */
	@PostMapping("/runs/{id}/stop")
	String stop(@PathVariable long id, @RequestParam(name = "reason", required = false) String reason,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		return act(id, (runId, actor) -> this.runs.stop(runId, actor, reason), "run.stopped", authentication, request,
				redirect);
	}

	/**
	 * A decision on rows in doubt from the run page's form (SPEC 6.1): proposed under
	 * four eyes, else taken at once.
	 */
	@PostMapping("/runs/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam(name = "rows", required = false) List<Integer> rows,
			@RequestParam(name = "outcome", required = false) String outcome,
			@RequestParam(name = "providerRef", required = false) String providerRef,
			@RequestParam(name = "note", required = false) String note, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		Decision.Outcome chosen = Arrays.stream(Decision.Outcome.values())
			.filter((each) -> each.name().equals(outcome))
			.findFirst()
			.orElse(null);
		DecisionRequest decision = new DecisionRequest(rows, chosen, providerRef, note);
		return act(id, (runId, actor) -> {
			Decision made = this.decisions.decide(runId, decision, actor);
			redirect.addFlashAttribute("notice", Notice.ok("decision." + made.status()));
		}, null, authentication, request, redirect);
	}

	/** The second manager confirms a proposed decision, from the run page or the list. */
	@PostMapping("/decisions/{decisionId}/confirm")
	String confirm(@PathVariable long decisionId, @RequestParam(name = "back", required = false) String back,
			Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
		Decision decision = this.decisions.decision(decisionId).orElse(null);
		if (decision == null) {
			return "redirect:/runs";
		}
		String page = act(decision.runId(), (runId, actor) -> {
			Decision confirmed = this.decisions.confirmDecision(decisionId, actor);
			redirect.addFlashAttribute("notice", Notice.ok("decision." + confirmed.status()));
		}, null, authentication, request, redirect);
		return "list".equals(back) ? "redirect:/runs" : page;
	}

	private String act(long id, BiConsumer<Long, Actor> action, String done, Authentication authentication,
			HttpServletRequest request, RedirectAttributes redirect) {
		try {
			action.accept(id, new Actor(authentication.getName(), request.getRemoteAddr()));
			if (done != null) {
				redirect.addFlashAttribute("notice", Notice.ok(done));
			}
		}
		catch (RunActionRefused refused) {
			if (RunActionRefused.NOT_FOUND.equals(refused.code())) {
				return "redirect:/runs";
			}
			redirect.addFlashAttribute("notice",
					Notice.error(refused.code(), refused.messageFa(), refused.messageEn()));
		}
		return "redirect:/runs/" + id;
	}

}
