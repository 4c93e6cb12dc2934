package ir.tasvieh.cli;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Says what to fix when tasvieh cannot start for bad configuration (registered in
 * {@code META-INF/spring.factories}); asked before Spring Boot's own analyzers, whose
 * pages of text name no tasvieh key.
 */
class StartFailureAnalyzer implements FailureAnalyzer, Ordered {

	private final Environment environment;

	StartFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		StartFailures.Problem problem = StartFailures.problem(failure,
				this.environment.getProperty(StartFailures.DATASOURCE_URL));
		if (problem == null) {
			return null;
		}
		return new ConfigurationFailure(problem, failure, debug());
	}

	/** {@code --debug}: the stack trace is shown as well. */
	private boolean debug() {
		String debug = this.environment.getProperty("debug");
		return debug != null && !"false".equalsIgnoreCase(debug);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	/** A failure analysis of tasvieh's own, for {@link StartFailureReporter}. */
	static final class ConfigurationFailure extends FailureAnalysis {

		private final boolean debug;

		ConfigurationFailure(StartFailures.Problem problem, Throwable cause, boolean debug) {
			super(problem.description(), problem.action(), cause);
			this.debug = debug;
		}

		boolean debug() {
			return this.debug;
		}

	}

}
