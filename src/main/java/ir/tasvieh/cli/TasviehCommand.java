package ir.tasvieh.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar tasvieh.jar COMMAND}: the top of the command tree.
 */
@Command(name = "tasvieh", mixinStandardHelpOptions = true, version = "tasvieh 0.1",
		description = "Pays out a spreadsheet: validates every row, pays the valid ones, reports each row's result.",
		subcommands = { RunCommand.class, ValidateCommand.class, RefreshCommand.class, RetryCommand.class,
				TemplateCommand.class },
		footer = { "", "Spring properties may follow a command's options as --name=value.",
				"Exit codes: 0 done, 1 some rows not paid/invalid, 2 bad usage, 3 sheet rejected, 4 job failed"
						+ " (run the same command again to resume)." })
class TasviehCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		this.spec.commandLine().usage(System.err);
		return ExitCodes.USAGE;
	}

}
