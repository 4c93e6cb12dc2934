package ir.tasvieh.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How a command line becomes a running application: which command it names decides what
 * is started with it (a one-shot command serves only its own sandbox, on a free loopback
 * port, without the scheduler, actuator endpoints or the API document; {@code validate}
 * and {@code template} start no web server at all, {@code backup} and {@code restore}
 * nothing but the database's configuration), and a failure to start exits with the code
 * of its kind.
 */
public final class CommandLineStart {

	private static final List<String> HELP = List.of("-h", "--help", "-V", "--version");

	private static final Set<String> OFFLINE_COMMANDS = Set.of("validate", "template", "backup", "restore");

	private CommandLineStart() {
	}

	/**
	 * Starts the application for a command line and exits the JVM with the command's exit
	 * code (SPEC 2), or with the exit code of the failure that kept it from starting.
	 */
	public static void start(Class<?> application, String[] args) {
		if (callsNoProvider(args)) {
			// Before the application is made: its listeners read the switch then.
			OfflineStart.skipBackgroundPreinitialization();
		}
		// backup and restore start only the database's configuration
		// (DatabaseFileCommands).
		SpringApplication spring = new SpringApplication(
				DatabaseFileCommands.handles(args) ? DatabaseFileCommands.class : application);
		spring.setDefaultProperties(defaultProperties(args));
		ConfigurableApplicationContext context;
		try {
			context = spring.run(args);
		}
		catch (RuntimeException ex) {
			// Spring Boot has said why (for bad configuration, one paragraph naming the
			// key); the exit code tells a script which kind of failure it was (SPEC 2).
			System.exit(StartFailures.exitCode(ex));
			return;
		}
		// `serve` returns only once its context was closed (SIGTERM, Ctrl-C); the JVM is
		// shutting down then and must not be asked to exit a second time.
		if (context.isActive()) {
			System.exit(SpringApplication.exit(context));
		}
	}

	static Map<String, Object> defaultProperties(String[] args) {
		if (isOneShotCommand(args)) {
			// A command run from the terminal serves only its own built-in sandbox: on a
			// free loopback port, so it never clashes with a running `serve` or another
			// command. The scheduled tasks are serve's alone.
			Map<String, Object> properties = new HashMap<>(
					Map.of("server.port", "0", "server.address", "127.0.0.1", "tasvieh.scheduler.enabled", "false"));
			if (callsNoProvider(args)) {
				// Nothing to serve at all, and most beans (providers, sandbox, mail, web)
				// are never used: no web server and beans made on first use halve the
				// start of every validate (issue 9: 9 s to 4.7 s on the benchmark
				// machine).
				properties.put("spring.main.web-application-type", "none");
				properties.put("spring.main.lazy-initialization", "true");
				properties.put("spring.autoconfigure.exclude", OfflineStart.UNUSED_AUTO_CONFIGURATIONS);
			}
			// Only serve is watched by a load balancer or a scraper: a command's own web
			// server (its sandbox) exposes no actuator endpoint and no API document, and
			// skips making them at start-up.
			properties.put("management.server.port", "-1");
			properties.put("springdoc.api-docs.enabled", "false");
			properties.put("springdoc.swagger-ui.enabled", "false");
			return properties;
		}
		// Only `serve` is for people: the passwords generated for a start without
		// configured users are printed then, and never for a one-shot command.
		return Map.of("tasvieh.scheduler.enabled", "true", "tasvieh.web.show-generated-passwords", "true");
	}

	/** Help, the version, {@code validate} and {@code template} never call a provider. */
	static boolean callsNoProvider(String[] args) {
		if (Arrays.stream(args).anyMatch(HELP::contains)) {
			return true;
		}
		return command(args).filter(OFFLINE_COMMANDS::contains).isPresent();
	}

	/** Any command but {@code serve}, which is also what runs when none is given. */
	static boolean isOneShotCommand(String[] args) {
		if (Arrays.stream(args).anyMatch(HELP::contains)) {
			return true;
		}
		return command(args).filter((command) -> !command.equals("serve")).isPresent();
	}

	private static Optional<String> command(String[] args) {
		return Arrays.stream(args).filter((arg) -> !arg.startsWith("-")).findFirst();
	}

}
