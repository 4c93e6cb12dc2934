package ir.tasvieh.cli;

import java.io.PrintStream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints why tasvieh could not start as one paragraph on the terminal, instead of Spring
 * Boot's banner of stars (its reporter is turned off in {@code application.properties});
 * the stack trace only with {@code --debug}.
 */
class StartFailureReporter implements FailureAnalysisReporter {

	@Override
	public void report(FailureAnalysis analysis) {
		print(analysis, System.err);
	}

	static void print(FailureAnalysis analysis, PrintStream err) {
		String action = (analysis.getAction() != null) ? analysis.getAction().strip() : "";
		boolean ours = analysis instanceof StartFailureAnalyzer.ConfigurationFailure;
		err.println();
		err.println("tasvieh could not start. " + String.valueOf(analysis.getDescription()).strip()
				+ (action.isEmpty() ? "" : " " + action) + (ours ? " (--debug shows the details.)" : ""));
		if (ours && ((StartFailureAnalyzer.ConfigurationFailure) analysis).debug() && analysis.getCause() != null) {
			analysis.getCause().printStackTrace(err);
		}
	}

}
