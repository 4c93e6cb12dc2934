package ir.tasvieh.cli;

import java.nio.file.Path;

import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.run.RunRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code run} and {@code validate} share. */
class SheetOptions {

	@Parameters(index = "0", paramLabel = "SHEET", description = "the payout sheet (.xlsx, .xls or .csv)")
	Path sheet;

	@Option(names = "--provider", paramLabel = "nextpay|vandar",
			description = "the provider to validate for and pay through (default: tasvieh.provider)")
	String provider;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = RunRequest.DEFAULT_OUT_DIR,
			description = "where the result workbook goes (default: ${DEFAULT-VALUE})")
	Path out;

	@Option(names = "--force",
			description = "run a file whose content was already run; trackers still keep rows from being paid twice")
	boolean force;

	ProviderName providerName() {
		return (this.provider != null) ? ProviderName.of(this.provider) : null;
	}

}
