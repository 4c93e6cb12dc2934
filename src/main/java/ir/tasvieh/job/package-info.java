/**
 * The Spring Batch job that turns a sheet into a ledger and a result workbook: read and
 * validate rows in chunks, apply the sheet-wide rules, write the result. Payment steps
 * join it here.
 */
@ApplicationModule(allowedDependencies = { "sheet", "sheet::*", "validation", "validation::*", "payout", "payout::*",
		"provider", "provider::*", "report", "report::*" })
package ir.tasvieh.job;

import org.springframework.modulith.ApplicationModule;
