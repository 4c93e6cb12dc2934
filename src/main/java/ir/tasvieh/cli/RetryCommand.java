package ir.tasvieh.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;
import ir.tasvieh.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code retry RUN_ID}: sends the FAILED rows of a paid run again as new attempts, then
 * follows and reports them as {@code run} does.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "retry", mixinStandardHelpOptions = true,
		description = "Send the FAILED rows of a paid run again as new attempts (<tracker>-r<N>), follow them and"
				+ " rewrite the run's result workbook. Running it again on a retry that was interrupted resumes it.")
class RetryCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN_ID", description = "the run, as `run` printed it")
	long runId;

	@Option(names = "--wait", paramLabel = "DURATION", defaultValue = RunRequest.DEFAULT_FOLLOW_FOR,
			description = "how long to follow the new attempts before reporting (default: ${DEFAULT-VALUE})")
	Duration wait;

	private final Runs runs;

	private final OutboxFlush outbox;

	RetryCommand(Runs runs, OutboxFlush outbox) {
		this.runs = runs;
		this.outbox = outbox;
	}

	@Override
	public Integer call() {
		int exit = retry(System.out, System.err);
		this.outbox.deliver(System.out);
		return exit;
	}

	int retry(PrintStream out, PrintStream err) {
		RunResult result;
		try {
			result = this.runs.retryAndWait(this.runId, new Actor(System.getProperty("user.name"), "cli"), this.wait);
		}
		catch (RunActionRefused refused) {
			err.println(refused.messageEn());
			err.println(refused.messageFa());
			return ExitCodes.USAGE;
		}
		err.println();
		if (result.failed()) {
			err.println("Run " + result.runId() + " failed: " + result.failure());
			err.println("Run the same command again to resume it; no row is paid twice.");
			return ExitCodes.JOB_FAILED;
		}
		SheetRunner.printSummary(result, out, this.runs);
		return result.allRowsGood() ? ExitCodes.OK : ExitCodes.SOME_ROWS_NOT_DONE;
	}

}
