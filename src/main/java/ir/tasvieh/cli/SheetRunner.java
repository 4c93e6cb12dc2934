package ir.tasvieh.cli;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.Duration;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ir.tasvieh.payout.FailedRow;
import ir.tasvieh.payout.Tally;
import ir.tasvieh.run.RunOutcome;
import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.MessageText;
import ir.tasvieh.sheet.SheetRejected;

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
			SheetRejected rejection = result.rejection();
			if (rejection.alreadyRun()) {
				rejection = rejection.followedBy(
						"برای اجرای دوباره از " + MessageText.isolate("--force") + " استفاده کنید.",
						"Use --force to run it again.");
			}
			err.println("Sheet rejected: " + rejection.messageEn());
			// A terminal shows the isolates of Persian text as stray marks rather than
			// using them.
			err.println("فایل پذیرفته نشد: " + MessageText.withoutIsolates(rejection.messageFa()));
			return ExitCodes.SHEET_REJECTED;
		}
		if (result.failed()) {
			err.println("Run " + result.runId() + " failed: " + result.failure());
			err.println("Run the same command again to resume it; no row is paid twice.");
			return ExitCodes.JOB_FAILED;
		}
		printSummary(result, out, this.runs);
		return result.allRowsGood() ? ExitCodes.OK : ExitCodes.SOME_ROWS_NOT_DONE;
	}

	/** A summary lists this many failed rows at most; the workbook has every one. */
	private static final int MAX_FAILURES = 20;

	/**
	 * The run's status (a completed run with failed rows says so), its count and rial
	 * total per status, and the failed rows with the provider's words for why.
	 */
	static void printSummary(RunResult result, PrintStream out, Runs runs) {
		DecimalFormat rials = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		boolean withFailures = result.outcome() == RunOutcome.COMPLETED_WITH_FAILURES;
		out.println(
				"Run " + result.runId() + ": " + (withFailures ? RunOutcome.COMPLETED_WITH_FAILURES : result.status()));
		out.printf("  %-10s %10s %22s%n", "status", "rows", "total (IRR)");
		long rows = 0;
		long total = 0;
		for (Tally tally : result.byStatus()) {
			out.printf("  %-10s %10s %22s%n", tally.key(), rials.format(tally.count()), rials.format(tally.totalIrr()));
			rows += tally.count();
			total += tally.totalIrr();
		}
		out.printf("  %-10s %10s %22s%n", "all", rials.format(rows), rials.format(total));
		if (withFailures) {
			List<FailedRow> failures = runs.failures(result.runId(), MAX_FAILURES + 1);
			out.println("Rows that failed, and why (Provider Status in the result workbook has every one):");
			failures.stream()
				.limit(MAX_FAILURES)
				.forEach((row) -> out.println("  row " + row.rowNo() + " " + row.status() + ": "
						+ ((row.reason() != null) ? row.reason() : "-")));
			if (failures.size() > MAX_FAILURES) {
				out.println("  ...");
			}
		}
		if (result.resultPath() != null) {
			out.println("Result workbook: " + result.resultPath());
		}
	}

}
