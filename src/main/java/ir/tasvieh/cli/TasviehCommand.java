package ir.tasvieh.cli;

import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

/**
 * {@code java -jar tasvieh.jar COMMAND}: the top of the command tree. With no command it
 * serves (SPEC 2).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "tasvieh", mixinStandardHelpOptions = true, version = "tasvieh 0.1",
		description = "Pays out a spreadsheet: validates every row, pays the valid ones, reports each row's result.",
		subcommands = { RunCommand.class, ValidateCommand.class, RefreshCommand.class, RetryCommand.class,
				StopCommand.class, ResolveCommand.class, TemplateCommand.class, BackupCommand.class,
				RestoreCommand.class, ServeCommand.class },
		footer = { "", "With no command, tasvieh serves (the same as 'serve').",
				"Spring properties may follow a command's options as --name=value.",
				"Exit codes: 0 done, 1 some rows not paid/invalid, 2 bad usage, 3 sheet rejected, 4 job failed"
						+ " (run the same command again to resume)." })
class TasviehCommand implements Callable<Integer> {

	private final ServeCommand serve;

	TasviehCommand(ServeCommand serve) {
		this.serve = serve;
	}

	@Override
	public Integer call() throws Exception {
		return this.serve.call();
	}

}
