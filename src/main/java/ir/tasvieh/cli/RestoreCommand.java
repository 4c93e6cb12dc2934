package ir.tasvieh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.backup.DatabaseBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code restore FILE [--force]}: puts a backup back as the embedded database (SPEC 9.8).
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "restore", mixinStandardHelpOptions = true,
		description = "Put a backup written by 'backup' back as the embedded database, into a data folder without"
				+ " one. Refused while tasvieh runs on that database.")
class RestoreCommand implements Callable<Integer> {

	private final DatabaseBackups backups;

	@Parameters(index = "0", paramLabel = "FILE", description = "the backup zip file")
	Path file;

	@Option(names = "--force",
			description = "replace a database that is there (it is kept beside the new one, renamed)")
	boolean force;

	RestoreCommand(DatabaseBackups backups) {
		this.backups = backups;
	}

	@Override
	public Integer call() {
		return BackupExit.report(this.backups.restore(this.file, this.force));
	}

}
