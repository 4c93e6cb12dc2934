package ir.tasvieh.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.RunRefresh;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;
import picocli.CommandLine.Command;

/**
 * {@code refresh}: follows every payout that is not final yet, of every run, then sends
 * the mails in the outbox.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "refresh", mixinStandardHelpOptions = true,
		description = "Ask the provider about every payout that is not final, of every run, and rewrite the result"
				+ " workbooks that changed, and send the mails waiting in the outbox.")
class RefreshCommand implements Callable<Integer> {

	private final Runs runs;

	private final OutboxFlush outbox;

	RefreshCommand(Runs runs, OutboxFlush outbox) {
		this.runs = runs;
		this.outbox = outbox;
	}

	@Override
	public Integer call() {
		int exit = refresh();
		this.outbox.deliver(System.out);
		return exit;
	}

	private int refresh() {
		List<RunRefresh> refreshed = this.runs.refresh();
		if (refreshed.isEmpty()) {
			System.out.println("Every payout of every run is final; nothing to refresh.");
			return ExitCodes.OK;
		}
		boolean allDone = true;
		for (RunRefresh run : refreshed) {
			System.out.println("Run " + run.runId() + " (" + run.fileName() + "): " + run.status()
					+ (run.changed() ? ", result workbook rewritten" : ", no change"));
			allDone &= run.status() == RunStatus.COMPLETED;
		}
		return allDone ? ExitCodes.OK : ExitCodes.SOME_ROWS_NOT_DONE;
	}

}
