package ir.tasvieh.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.run.Actor;
import ir.tasvieh.run.Decision;
import ir.tasvieh.run.Decisions;
import ir.tasvieh.run.DecisionRequest;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.run.Runs;
import ir.tasvieh.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolve RUN_ID --rows 12,13 --outcome PAID --ref … --note …}: a decision on
 * payouts in doubt (docs/SPEC.md section 6.1) that takes effect at once, as a command run
 * on the server is the manager's own. The provider is asked once more first; rows
 * {@code NOT_RECEIVED} are sent again and followed for {@code --wait}.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "resolve", mixinStandardHelpOptions = true,
		description = "Decide on rows in doubt (UNKNOWN) after looking them up in the provider's own panel: PAID"
				+ " (give --ref), FAILED, or NOT_RECEIVED (sent again under the same tracker). Takes effect at once,"
				+ " unless the provider answers clearly first.")
class ResolveCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "RUN_ID", description = "the run, as `run` printed it")
	long runId;

	@Option(names = "--rows", required = true, split = ",", paramLabel = "ROW",
			description = "the sheet row numbers in doubt, comma-separated")
	List<Integer> rows;

	@Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
			description = "what the provider's panel shows: paid, failed or not-received")
	String outcome;

	@Option(names = "--ref", paramLabel = "REF", description = "the provider's reference (needed for PAID)")
	String providerRef;

	@Option(names = "--note", required = true, paramLabel = "TEXT", description = "why: what the panel showed")
	String note;

	@Option(names = "--wait", paramLabel = "DURATION", defaultValue = RunRequest.DEFAULT_FOLLOW_FOR,
			description = "how long to follow rows sent again (default: ${DEFAULT-VALUE})")
	Duration wait;

	private final Runs runs;

	private final Decisions decisions;

	private final OutboxFlush outbox;

	ResolveCommand(Runs runs, Decisions decisions, OutboxFlush outbox) {
		this.runs = runs;
		this.decisions = decisions;
		this.outbox = outbox;
	}

	@Override
	public Integer call() {
		int exit = resolve(System.out, System.err);
		this.outbox.deliver(System.out);
		return exit;
	}

	int resolve(PrintStream out, PrintStream err) {
		Decision.Outcome chosen = outcome(this.outcome);
		if (chosen == null) {
			err.println("Unknown outcome '" + this.outcome + "': use paid, failed or not-received.");
			return ExitCodes.USAGE;
		}
		Decision decision;
		try {
			decision = this.decisions.decideNow(this.runId,
					new DecisionRequest(this.rows, chosen, this.providerRef, this.note),
					Actor.commandLine(System.getProperty("user.name")), this.wait);
		}
		catch (RunActionRefused refused) {
			err.println(refused.code() + ": " + refused.messageEn());
			err.println(refused.messageFa());
			return ExitCodes.USAGE;
		}
		out.println("Decision " + decision.id() + " on run " + decision.runId() + ": " + decision.status() + " ("
				+ decision.result() + ")");
		this.runs.find(this.runId)
			.ifPresent((run) -> out.println(
					"Run " + run.id() + ": " + run.status() + ((run.outcome() != null) ? " " + run.outcome() : "")));
		return ExitCodes.OK;
	}

	/**
	 * {@code paid}, {@code failed}, {@code not-received}, in any case, or the API's
	 * names.
	 */
	private static Decision.Outcome outcome(String text) {
		String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(Decision.Outcome.values())
			.filter((each) -> each.name().equals(name))
			.findFirst()
			.orElse(null);
	}

}
