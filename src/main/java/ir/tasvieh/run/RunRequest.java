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

	/**
	 * Where result workbooks go unless told otherwise: the one default of
	 * {@code tasvieh.approval.out-dir}, {@code tasvieh.web.out-dir},
	 * {@code tasvieh.inbox.out-dir} and the command line's {@code --out}.
	 */
	public static final String DEFAULT_OUT_DIR = "output";

	/**
	 * How long payouts are followed before a run is reported unless told otherwise: the
	 * one default of {@code tasvieh.approval.follow-for} and the command line's
	 * {@code --wait}.
	 */
	public static final String DEFAULT_FOLLOW_FOR = "PT2M";

}
