package ir.tasvieh.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import ir.tasvieh.backup.DatabaseBackups;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The application {@code backup} and {@code restore} run in: only the configuration of
 * the database and the two commands. The whole application would open the database at
 * start-up (the job repository reads its metadata), which a restore must not do and a
 * backup cannot while {@code serve} holds it. Deliberately no {@code @Configuration}: the
 * application's component scan must not pick it up.
 */
@Command(name = "tasvieh", subcommands = { BackupCommand.class, RestoreCommand.class })
@EnableConfigurationProperties(DataSourceProperties.class)
@Import({ DatabaseBackups.class, BackupCommand.class, RestoreCommand.class })
public class DatabaseFileCommands implements CommandLineRunner, ExitCodeGenerator {

	private static final Set<String> COMMANDS = Set.of("backup", "restore");

	private static final List<String> HELP = List.of("-h", "--help", "-V", "--version");

	private final ApplicationContext context;

	private int exitCode;

	DatabaseFileCommands(ApplicationContext context) {
		this.context = context;
	}

	/** Whether the command line asks for {@code backup} or {@code restore}. */
	public static boolean handles(String[] args) {
		return Arrays.stream(args)
			.filter((arg) -> !arg.startsWith("-"))
			.findFirst()
			.filter(COMMANDS::contains)
			.isPresent() && Arrays.stream(args).noneMatch(HELP::contains);
	}

	@Override
	public void run(String... args) {
		CommandLine commandLine = new CommandLine(this, new CommandLine.IFactory() {
			@Override
			public <K> K create(Class<K> type) throws Exception {
				K bean = DatabaseFileCommands.this.context.getBeanProvider(type).getIfAvailable();
				return (bean != null) ? bean : CommandLine.defaultFactory().create(type);
			}
		});
		this.exitCode = commandLine.execute(CommandLineEntry.withoutSpringProperties(args));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
