package ir.tasvieh.run;

import java.util.LinkedHashSet;
import java.util.List;
import ir.tasvieh.sheet.MessageText;

/**
 * What a manager decides about payouts in doubt (docs/SPEC.md section 6.1), as handed in
 * by the API, the run page or {@code resolve}.
 *
 * @param rows the sheet row numbers
 * @param outcome what the provider's panel showed
 * @param providerRef the provider's reference, or {@code null}
 * @param note why; required
 */
public record DecisionRequest(List<Integer> rows, Decision.Outcome outcome, String providerRef, String note) {

	public DecisionRequest {
		rows = (rows != null) ? List.copyOf(new LinkedHashSet<>(rows)) : List.of();
		providerRef = (providerRef != null && !providerRef.isBlank()) ? providerRef.strip() : null;
		note = (note != null && !note.isBlank()) ? note.strip() : null;
	}

	/**
	 * The rows, once the request is complete.
	 * @throws RunActionRefused {@code NOTE_MISSING}, {@code ROWS_MISSING},
	 * {@code OUTCOME_MISSING}, or {@code PROVIDER_REF_MISSING} for {@code PAID} without a
	 * reference
	 */
	List<Integer> checked(long runId) {
		if (this.note == null) {
			throw new RunActionRefused(RunDecisions.NOTE_MISSING, "هر تصمیم یادداشتی لازم دارد: چرا؟",
					"A decision needs a note saying why (what the provider's panel showed).");
		}
		if (this.rows.isEmpty()) {
			throw new RunActionRefused("ROWS_MISSING",
					"ردیف‌هایی از اجرای شماره " + MessageText.digits(runId) + " را برگزینید.",
					"Name the rows of run " + runId + " the decision is about.");
		}
		if (this.outcome == null) {
			throw new RunActionRefused("OUTCOME_MISSING",
					"نتیجه را برگزینید: " + MessageText.oneOf("PAID", "FAILED", "NOT_RECEIVED") + ".",
					"Give the outcome: PAID, FAILED or NOT_RECEIVED.");
		}
		if (this.outcome == Decision.Outcome.PAID && this.providerRef == null) {
			throw new RunActionRefused("PROVIDER_REF_MISSING",
					"برای «پرداخت‌شده» شمارهٔ پیگیری ارائه‌دهنده را بنویسید.",
					"A PAID decision needs the provider's reference from its panel.");
		}
		return this.rows;
	}

}
