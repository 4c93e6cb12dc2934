package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;

import ir.tasvieh.provider.ProviderName;

/**
 * A sheet handed to tasvieh.
 *
 * @param file the sheet
 * @param fileName the name to show for it (the uploaded name, or the file's own)
 * @param provider the provider, or {@code null} for {@code tasvieh.provider}
 * @param dryRun validate and report only
 * @param force run it even though the same content was run before
 * @param outDir where the result workbook goes
 * @param user who hands it in (and, for a real run from the command line, approves it)
 * @param followFor how long to follow payouts before reporting
 */
public record RunRequest(Path file, String fileName, ProviderName provider, boolean dryRun, boolean force, Path outDir,
		String user, Duration followFor) {

}
