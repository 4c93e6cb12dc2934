/**
 * The web app: sign-in and its security, the finance pages and the {@code /api/runs} JSON
 * API over the runs of {@code ir.tasvieh.run}.
 */
@ApplicationModule(allowedDependencies = { "run", "mail", "payout::values", "provider::names", "report::format",
		"sheet::templates", "sheet::rejection", "validation::findings" })
package ir.tasvieh.web;

import org.springframework.modulith.ApplicationModule;
