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

/** {@code refresh}: follows every payout that is not final yet, of every run. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "refresh", mixinStandardHelpOptions = true,
		description = "Ask the provider about every payout that is not final, of every run, and rewrite the result"
				+ " workbooks that changed.")
class RefreshCommand implements Callable<Integer> {

	private final Runs runs;

	RefreshCommand(Runs runs) {
		this.runs = runs;
	}

	@Override
	public Integer call() {
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
