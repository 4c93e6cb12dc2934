/**
 * The command line: how a command starts the application (which command it is, what it
 * needs of the context), the picocli commands ({@code serve}, {@code run},
 * {@code validate}, {@code stop}, {@code resolve}, {@code retry}, {@code backup}, …), why
 * a start failed, and the exit codes of docs/SPEC.md section 2.
 */
@ApplicationModule(allowedDependencies = { "run", "mail", "backup", "job::progress", "payout::values",
		"provider::names", "sheet::templates", "sheet::rejection" })
package ir.tasvieh.cli;

import org.springframework.modulith.ApplicationModule;
