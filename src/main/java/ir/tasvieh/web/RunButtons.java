package ir.tasvieh.web;

import java.util.Objects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

/**
 * Which of a run's buttons a viewer sees. Only a convenience: {@code Runs} and method
 * security check every action again, so a hidden button is never the only guard.
 */
@Component
class RunButtons {

	private final boolean fourEyes;

	/** {@code tasvieh.approval.four-eyes}, as the run feature keeps it. */
	@Autowired
	RunButtons(Runs runs) {
		this(runs.fourEyes());
	}

	RunButtons(boolean fourEyes) {
		this.fourEyes = fourEyes;
	}

	Shown of(RunView run, Viewer viewer) {
		boolean decides = viewer.manager() && run.status() == RunStatus.VALIDATED;
		// With four eyes the uploader may neither approve nor reject their own sheet.
		boolean ownRun = this.fourEyes && Objects.equals(run.uploadedBy(), viewer.username());
		boolean resume = viewer.manager() && run.status() == RunStatus.FAILED && run.approvedBy() != null;
		// Failed rows of a paid run are sent again in place (SPEC 4.1); Runs refuses the
		// rest.
		boolean retry = viewer.manager() && !run.dryRun()
				&& (run.status() == RunStatus.COMPLETED || run.status() == RunStatus.TRACKING)
				&& run.count(PayoutStatus.FAILED) > 0;
		return new Shown(decides && !ownRun, resume, retry, decides && ownRun);
	}

	/**
	 * Whether the viewer sees the stop button: a manager, on a run being paid (SPEC 9.7).
	 */
	boolean stop(RunView run, Viewer viewer) {
		return viewer.manager() && !run.dryRun() && (run.status() == RunStatus.APPROVED
				|| run.status() == RunStatus.PAYING || run.status() == RunStatus.TRACKING);
	}

	/**
	 * @param decide the approve and reject buttons
	 * @param resume the button that resumes paying an approved run whose payment failed
	 * @param retry the button that sends the failed rows of a paid run again
	 * @param otherManagerDecides the viewer uploaded the run: say that another manager
	 * must approve or reject it
	 */
	record Shown(boolean decide, boolean resume, boolean retry, boolean otherManagerDecides) {

		public boolean any() {
			return this.decide || this.resume || this.retry;
		}

	}

}
