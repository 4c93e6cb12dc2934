package ir.tasvieh.run;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Managers' decisions on payouts in doubt (docs/SPEC.md section 6.1), the way in for the
 * pages, the API, the command line and the mail: propose, confirm, take effect at once,
 * and read them back. Beside {@link Runs}, which a run's life needs, as a decision has a
 * life of its own (proposed, applied or overtaken).
 */
@Service
public class Decisions {

	private final RunDecisions decisions;

	Decisions(RunDecisions decisions) {
		this.decisions = decisions;
	}

	/**
	 * Decides on payouts in doubt (docs/SPEC.md section 6.1): with four eyes the decision
	 * is proposed and waits for a second manager, else it takes effect now (rows
	 * {@code NOT_RECEIVED} are sent again in the background).
	 * @throws RunActionRefused {@code NOT_FOUND}, {@code NOT_IN_DOUBT} when a row is not
	 * {@code UNKNOWN}, {@code NOTE_MISSING}, {@code ROWS_MISSING},
	 * {@code OUTCOME_MISSING}, {@code PROVIDER_REF_MISSING}, {@code ALREADY_PROPOSED},
	 * {@code RUN_BUSY}
	 */
	public Decision decide(long runId, DecisionRequest request, Actor actor) {
		return this.decisions.decide(runId, request, actor, false, null);
	}

	/**
	 * {@link #decide} from the command line: takes effect at once, and rows sent again
	 * are followed on this thread for {@code followFor}.
	 */
	public Decision decideNow(long runId, DecisionRequest request, Actor actor, Duration followFor) {
		return this.decisions.decide(runId, request, actor, true, followFor);
	}

	/**
	 * A second manager confirms a proposed decision; it takes effect now, or is overtaken
	 * when the provider answers clearly first.
	 * @throws RunActionRefused {@code FOUR_EYES} for its proposer, {@code NOT_PROPOSED},
	 * {@code NOT_FOUND}, {@code RUN_BUSY}
	 */
	public Decision confirmDecision(long decisionId, Actor actor) {
		return this.decisions.confirm(decisionId, actor);
	}

	public Optional<Decision> decision(long decisionId) {
		try {
			return Optional.of(this.decisions.find(decisionId));
		}
		catch (RunActionRefused notFound) {
			return Optional.empty();
		}
	}

	/** Decisions in a status, oldest first: {@code PROPOSED} ones wait for a manager. */
	public List<Decision> decisions(Decision.Status status, int limit) {
		return this.decisions.withStatus(status, limit);
	}

	/** A run's decisions, oldest first. */
	public List<Decision> decisionsOf(long runId) {
		return this.decisions.ofRun(runId);
	}

}
