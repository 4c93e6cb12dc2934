/**
 * The two Spring Batch jobs of a run, and only their wiring: the validation job reads and
 * validates a sheet's rows into the ledger in chunks, has the sheet-wide and once-only
 * rules applied and writes the result workbook; the payment job sends a run's payouts,
 * follows them and writes the result again. The rules themselves live with the ledger and
 * validation.
 */
@ApplicationModule(allowedDependencies = { "sheet", "sheet::*", "validation", "validation::*", "payout", "payout::*",
		"provider", "provider::*", "report", "report::*" })
package ir.tasvieh.job;

import org.springframework.modulith.ApplicationModule;
