package ir.tasvieh.run;

import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.database.DatabaseRetry;

/**
 * Every change of a run's status goes through here: under a lock on the run, checked
 * against the statuses it may come from, audited, and announced as a
 * {@link RunStatusChanged} inside the same transaction.
 */
@Component
class RunTransitions {

	private final RunRepository runs;

	private final RunAuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	RunTransitions(RunRepository runs, RunAuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.audit = audit;
		this.events = events;
		this.transactions = DatabaseRetry.transactions(transactionManager);
	}

	/**
	 * Moves a run to a status if it is in one of the given ones; two managers approving
	 * at once both get here, and only the first moves it.
	 * @param actor who moves it (recorded with the action), or {@code null} for tasvieh
	 * itself
	 * @return whether it moved
	 */
	boolean move(long runId, Set<RunStatus> from, RunStatus to, Actor actor, String action, String detail) {
		return move(runId, from, to, actor, action, detail, null, () -> {
		});
	}

	/**
	 * {@link #move(long, Set, RunStatus, Actor, String, String)} that also leaves a
	 * message on the run and does {@code alsoInside} in the same transaction, after the
	 * run is locked and found in a status it may move from.
	 */
	boolean move(long runId, Set<RunStatus> from, RunStatus to, Actor actor, String action, String detail,
			String message, Runnable alsoInside) {
		Boolean moved = this.transactions.execute((tx) -> {
			Optional<RunStatus> current = this.runs.lockStatus(runId);
			if (current.isEmpty() || !from.contains(current.get())) {
				return false;
			}
			alsoInside.run();
			String approvedBy = (to == RunStatus.APPROVED && actor != null) ? actor.username() : null;
			this.runs.setStatus(runId, to, approvedBy, null, message);
			if (actor != null) {
				this.audit.record(runId, actor, action, detail);
			}
			announce(runId, current.get(), to);
			return true;
		});
		return Boolean.TRUE.equals(moved);
	}

	/**
	 * Puts a run at rest (or back to waiting) after work on it, whatever it was doing. A
	 * run a manager stopped stays {@code STOPPED}: only its result workbook is recorded.
	 * @return the status the run has now
	 */
	RunStatus settle(long runId, RunStatus to, String resultPath, String message) {
		return this.transactions.execute((tx) -> {
			Optional<RunStatus> current = this.runs.lockStatus(runId);
			if (current.isEmpty()) {
				return to;
			}
			if (current.get() == RunStatus.STOPPED) {
				this.runs.setResultPath(runId, resultPath);
				return RunStatus.STOPPED;
			}
			this.runs.setStatus(runId, to, null, resultPath, message);
			announce(runId, current.get(), to);
			return to;
		});
	}

	private void announce(long runId, RunStatus from, RunStatus to) {
		if (from != to) {
			this.events.publishEvent(new RunStatusChanged(runId, from, to));
		}
	}

}
