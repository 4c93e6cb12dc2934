package ir.tasvieh.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code validate SHEET}: the same as {@code run --dry-run}. A prototype: picocli keeps
 * parsed values in the command object, so each command line gets a fresh one.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validate a sheet and write its result workbook; nothing is paid.")
class ValidateCommand implements Callable<Integer> {

	@Mixin
	SheetOptions options;

	private final SheetRunner runner;

	ValidateCommand(SheetRunner runner) {
		this.runner = runner;
	}

	@Override
	public Integer call() {
		return this.runner.run(this.options, true, Duration.ZERO, System.out, System.err);
	}

}
