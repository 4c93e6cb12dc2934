package ir.tasvieh.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;

/**
 * Hands a sheet to {@link Runs} for {@code run} and {@code validate}, prints the summary
 * and turns the result into an exit code.
 */
@Component
class SheetRunner {

	private final Runs runs;

	SheetRunner(Runs runs) {
		this.runs = runs;
	}

	int run(SheetOptions options, boolean dryRun, Duration followFor, PrintStream out, PrintStream err) {
		RunRequest request = new RunRequest(options.sheet, options.sheet.getFileName().toString(),
				options.providerName(), dryRun, options.force, options.out, System.getProperty("user.name"), followFor);
		RunResult result = this.runs.start(request);
		err.println();
		if (result.rejected()) {
			err.println("Sheet rejected: " + result.rejection().messageEn());
			err.println("فایل پذیرفته نشد: " + result.rejection().messageFa());
			return ExitCodes.SHEET_REJECTED;
		}
		if (result.failed()) {
			err.println("Run " + result.runId() + " failed: " + result.failure());
			err.println("Run the same command again to resume it; no row is paid twice.");
			return ExitCodes.JOB_FAILED;
		}
		printSummary(result, out);
		return result.allRowsGood() ? ExitCodes.OK : ExitCodes.SOME_ROWS_NOT_DONE;
	}

	static void printSummary(RunResult result, PrintStream out) {
		DecimalFormat rials = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		out.println("Run " + result.runId() + ": " + result.status());
		out.printf("  %-10s %10s %22s%n", "status", "rows", "total (IRR)");
		long rows = 0;
		long total = 0;
		for (Tally tally : result.byStatus()) {
			out.printf("  %-10s %10s %22s%n", tally.key(), rials.format(tally.count()), rials.format(tally.totalIrr()));
			rows += tally.count();
			total += tally.totalIrr();
		}
		out.printf("  %-10s %10s %22s%n", "all", rials.format(rows), rials.format(total));
		if (result.resultPath() != null) {
			out.println("Result workbook: " + result.resultPath());
		}
	}

}
