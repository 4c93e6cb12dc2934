package ir.tasvieh.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.Actor;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.RunView;
import ir.tasvieh.run.Runs;

/**
 * {@code stop RUN_ID [--reason TEXT]}: stops a run that is being paid (SPEC 9.7), here or
 * in another instance on the same database; once it returns nothing more of the run is
 * sent.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "stop", mixinStandardHelpOptions = true,
		description = "Stop a run that is being paid: nothing more of it is sent, its rows not sent yet are"
				+ " CANCELED, what Vandar can still take back is cancelled, and its sent rows are followed by"
				+ " refresh. Hand its result workbook in again to pay the rows that were never sent.")
class StopCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN_ID", description = "the run, as `run` printed it")
	long runId;

	@Option(names = "--reason", paramLabel = "TEXT", description = "why it is stopped (goes into the mail)")
	String reason;

	private final Runs runs;

	private final OutboxFlush outbox;

	StopCommand(Runs runs, OutboxFlush outbox) {
		this.runs = runs;
		this.outbox = outbox;
	}

	@Override
	public Integer call() {
		int exit = stop(System.out, System.err);
		this.outbox.deliver(System.out);
		return exit;
	}

	int stop(PrintStream out, PrintStream err) {
		RunView run;
		try {
			run = this.runs.stopAndFollow(this.runId, new Actor(System.getProperty("user.name"), "cli"), this.reason);
		}
		catch (RunActionRefused refused) {
			err.println(refused.messageEn());
			err.println(refused.messageFa());
			return ExitCodes.USAGE;
		}
		out.println("Run " + run.id() + " (" + run.fileName() + ") is " + run.status() + ": " + run.message());
		out.println(run.count(PayoutStatus.CANCELED)
				+ " rows CANCELED, " + run.count(PayoutStatus.PAID) + " PAID, " + (run.count(PayoutStatus.SUBMITTED)
						+ run.count(PayoutStatus.SUBMITTING) + run.count(PayoutStatus.UNKNOWN))
				+ " still followed by refresh");
		if (run.resultPath() != null) {
			out.println("Result workbook: " + run.resultPath().toAbsolutePath());
		}
		return ExitCodes.OK;
	}

}
