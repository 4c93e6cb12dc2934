package ir.tasvieh.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.backup.DatabaseBackups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: a consistent copy of the embedded database (SPEC 9.8). */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "backup", mixinStandardHelpOptions = true,
		description = "Save a consistent copy of the embedded database (the payment ledger) to a zip file, also"
				+ " while tasvieh serves. On MySQL use mysqldump --single-transaction instead.")
class BackupCommand implements Callable<Integer> {

	private final DatabaseBackups backups;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the zip file to write")
	Path out;

	BackupCommand(DatabaseBackups backups) {
		this.backups = backups;
	}

	@Override
	public Integer call() {
		return BackupExit.report(this.backups.backup(this.out));
	}

}
