package ir.tasvieh.cli;

import java.util.Arrays;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import ir.tasvieh.database.DatabaseRetry;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Runs the picocli command given on the command line once the application has started,
 * and hands its exit code to Spring Boot. Set {@code tasvieh.cli.enabled=false} to start
 * the context without running a command (tests do).
 */
@Component
@EnableConfigurationProperties(CliSettings.class)
class CommandLineEntry implements CommandLineRunner, ExitCodeGenerator {

	private static final Log logger = LogFactory.getLog(CommandLineEntry.class);

	private final ApplicationContext context;

	private final CliSettings settings;

	private int exitCode;

	CommandLineEntry(ApplicationContext context, CliSettings settings) {
		this.context = context;
		this.settings = settings;
	}

	@Override
	public void run(String... args) {
		if (!this.settings.enabled()) {
			return;
		}
		this.exitCode = commandLine(this.context).execute(withoutSpringProperties(args));
	}

	static CommandLine commandLine(ApplicationContext context) {
		IFactory factory = new IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				K bean = context.getBeanProvider(type).getIfAvailable();
				return (bean != null) ? bean : CommandLine.defaultFactory().create(type);
			}
		};
		CommandLine commandLine = new CommandLine(TasviehCommand.class, factory);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			if (ex instanceof IllegalArgumentException) {
				cmd.getErr().println(ex.getMessage());
				return ExitCodes.USAGE;
			}
			// The user gets one line; the stack trace is for whoever turns on debug
			// logging. A database's answer carries SQL: it goes to the log only.
			logger.debug("The command failed", ex);
			if (ex instanceof DataAccessException) {
				logger.warn("The command failed: " + ex.getMessage());
				cmd.getErr()
					.println(DatabaseRetry.isTransient(ex)
							? "The database was busy or could not be reached; run the same command again."
							: "The database refused the command (the log above says why); nothing was paid twice.");
				return ExitCodes.JOB_FAILED;
			}
			cmd.getErr().println("The command failed: " + ex.getMessage());
			return ExitCodes.JOB_FAILED;
		});
		return commandLine;
	}

	/**
	 * Spring properties ({@code --tasvieh.provider=vandar}) are Spring Boot's, not a
	 * command's options; a dotted name tells them apart.
	 */
	static String[] withoutSpringProperties(String[] args) {
		return Arrays.stream(args).filter((arg) -> !isSpringProperty(arg)).toArray(String[]::new);
	}

	private static boolean isSpringProperty(String arg) {
		if (!arg.startsWith("--")) {
			return false;
		}
		if (arg.equals("--debug") || arg.equals("--trace")) {
			// Spring Boot's switches for debug and trace logging.
			return true;
		}
		int equals = arg.indexOf('=');
		String name = (equals > 0) ? arg.substring(2, equals) : arg.substring(2);
		return name.indexOf('.') > 0;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
