/**
 * The command line: picocli commands ({@code run}, {@code validate}, {@code template},
 * {@code backup}, {@code restore}, …) and the exit codes of SPEC section 2.
 */
@ApplicationModule(allowedDependencies = { "run", "mail", "backup", "job::progress", "payout::values",
		"provider::names", "sheet::templates", "sheet::rejection" })
package ir.tasvieh.cli;

import org.springframework.modulith.ApplicationModule;
