package ir.tasvieh.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run SHEET}: ingest, validate, pay, track, report, mail. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "run", mixinStandardHelpOptions = true,
		description = "Validate a sheet, pay its valid rows, follow them and write the result workbook.")
class RunCommand implements Callable<Integer> {

	@Mixin
	SheetOptions options;

	@Option(names = "--dry-run", description = "validate and report only; nothing is paid")
	boolean dryRun;

	@Option(names = "--wait", paramLabel = "DURATION", defaultValue = RunRequest.DEFAULT_FOLLOW_FOR,
			description = "how long to follow payouts before reporting (default: ${DEFAULT-VALUE})")
	Duration wait;

	private final SheetRunner runner;

	private final OutboxFlush outbox;

	RunCommand(SheetRunner runner, OutboxFlush outbox) {
		this.runner = runner;
		this.outbox = outbox;
	}

	@Override
	public Integer call() {
		int exit = this.runner.run(this.options, this.dryRun, this.wait, System.out, System.err);
		this.outbox.deliver(System.out);
		return exit;
	}

}
