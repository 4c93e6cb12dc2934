package ir.tasvieh.web;

import java.util.Locale;

import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.RunView;

/**
 * The runs list's filters (docs/SPEC.md section 9.3): by status, the runs waiting for the
 * viewer's approval, and the runs that need attention.
 */
final class RunFilter {

	static final String MINE = "mine";

	static final String ATTENTION = "attention";

	private RunFilter() {
	}

	/** A status asked for by name, or {@code null} for any (an unknown name too). */
	static RunStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return RunStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static boolean shows(RunView run, RunStatus status, String show, Viewer viewer, RunButtons buttons) {
		if (status != null && run.status() != status) {
			return false;
		}
		if (MINE.equals(show)) {
			// Waiting for a decision this viewer may take (four eyes: not their own
			// upload).
			return buttons.of(run, viewer).decide();
		}
		return !ATTENTION.equals(show) || run.needsAttention();
	}

}
