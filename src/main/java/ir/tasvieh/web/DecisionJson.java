package ir.tasvieh.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import ir.tasvieh.run.Decision;
import ir.tasvieh.run.DecisionRequest;
import ir.tasvieh.sheet.MessageText;

/**
 * A decision on payouts in doubt in the API (SPEC 9.4): {@code id, runId, rows, outcome,
 * status, proposedBy, confirmedBy, note}, with the provider's reference, when it was
 * proposed and decided, and what happened to each row.
 */
record DecisionJson(long id, long runId, List<Integer> rows, String outcome, String providerRef, String status,
		String proposedBy, String confirmedBy, String note, Instant proposedAt, Instant decidedAt, String result) {

	static DecisionJson of(Decision decision) {
		return new DecisionJson(decision.id(), decision.runId(), decision.rows(), decision.outcome().name(),
				decision.providerRef(), decision.status().name(), decision.proposedBy(), decision.confirmedBy(),
				decision.note(), decision.proposedAt(), decision.decidedAt(), decision.result());
	}

	/** The body of {@code POST /api/runs/{id}/decisions}. */
	record Body(List<Integer> rows, String outcome, String providerRef, String note) {

		DecisionRequest toRequest() {
			return new DecisionRequest(this.rows, outcome(this.outcome), this.providerRef, this.note);
		}

		private static Decision.Outcome outcome(String outcome) {
			if (outcome == null || outcome.isBlank()) {
				return null;
			}
			try {
				return Decision.Outcome.valueOf(outcome.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw ApiException.badParameter("Unknown outcome '" + outcome + "': use PAID, FAILED or NOT_RECEIVED",
						"نتیجهٔ " + MessageText.quote(outcome) + " شناخته نیست: "
								+ MessageText.oneOf("PAID", "FAILED", "NOT_RECEIVED") + ".");
			}
		}

	}

}
