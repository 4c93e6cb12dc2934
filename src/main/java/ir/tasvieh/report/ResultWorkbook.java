package ir.tasvieh.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.streaming.DeferredSXSSFWorkbook;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutReasons;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.SheetLayout;

/**
 * Writes a run's result workbook (SPEC section 7) from the ledger, streaming, so a
 * million-row run is written in bounded memory. The file is written beside its final name
 * and moved into place, so a reader never sees half a workbook.
 * <p>
 * The rows are made while the workbook is written ({@link DeferredSXSSFWorkbook}): each
 * goes straight into the file's zip stream. The plain streaming workbook first wrote
 * every row to a gzipped temporary file and, at the end, read it back, unzipped it and
 * zipped it again: a third of the result workbook's CPU at 200,000 rows
 * (docs/benchmarks.md).
 */
@Component
@EnableConfigurationProperties(ReportSettings.class)
public class ResultWorkbook {

	/** Rows kept in memory by the streaming writer before they are flushed to disk. */
	private static final int WINDOW = 200;

	/** The rows a person has to correct before they can be paid. */
	public static final Set<PayoutStatus> TO_FIX = Set.of(PayoutStatus.INVALID, PayoutStatus.FAILED);

	private final PayoutLedger ledger;

	private final ReportSettings settings;

	private final PayoutReasons reasons;

	ResultWorkbook(PayoutLedger ledger, PayoutReasons reasons, ReportSettings settings) {
		this.ledger = ledger;
		this.reasons = reasons;
		this.settings = settings;
	}

	/**
	 * Where the result workbook of a sheet goes:
	 * {@code OUTDIR/<sheet-base-name>.result.xlsx}.
	 */
	public static Path pathFor(Path outDir, String sheetFileName) {
		int dot = sheetFileName.lastIndexOf('.');
		String base = (dot > 0) ? sheetFileName.substring(0, dot) : sheetFileName;
		return outDir.resolve(base + ".result.xlsx");
	}

	/**
	 * Writes (or rewrites) the result workbook of a run.
	 * @return the workbook's path
	 */
	public Path write(ReportedRun run, Path outDir) {
		Path target = pathFor(outDir, run.fileName());
		try {
			Files.createDirectories(outDir);
			// Created like any other file (not a 0600 temp file), so the moved workbook
			// is readable.
			Path partial = outDir.resolve(".tasvieh-" + UUID.randomUUID() + ".xlsx.part");
			try (OutputStream out = Files.newOutputStream(partial)) {
				write(run, out, null);
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(partial);
				throw ex;
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the result workbook " + target, ex);
		}
	}

	/**
	 * The name of the workbook of a sheet's rows to fix:
	 * {@code <sheet-base-name>.to-fix.xlsx}.
	 */
	public static String rowsToFixName(String sheetFileName) {
		int dot = sheetFileName.lastIndexOf('.');
		String base = (dot > 0) ? sheetFileName.substring(0, dot) : sheetFileName;
		return base + ".to-fix.xlsx";
	}

	/**
	 * Writes a workbook of only the rows that need a person ({@code INVALID} and
	 * {@code FAILED}: docs/SPEC.md section 7), in the result workbook's own format, so
	 * that finance corrects them and hands the file in again (section 4.1). Its Summary
	 * counts those rows only.
	 */
	public void writeRowsToFix(ReportedRun run, OutputStream out) {
		try {
			write(run, out, TO_FIX);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the rows to fix of run " + run.runId(), ex);
		}
	}

	/**
	 * @param only the statuses of the rows to write, or {@code null} for every row
	 */
	private void write(ReportedRun run, OutputStream out, Set<PayoutStatus> only) throws IOException {
		SheetLayout layout = this.ledger.layout(run.runId());
		boolean jalali = this.settings.calendar() == ReportSettings.Calendar.JALALI;
		try (DeferredSXSSFWorkbook workbook = new DeferredSXSSFWorkbook(WINDOW)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			ResultSheetWriter rows = new ResultSheetWriter(workbook, styles, layout, this.settings.maskCards(), jalali);
			SummarySheetWriter summary = new SummarySheetWriter(workbook, styles, layout.persian(), jalali);
			// The generators run in sheet order inside write(): the Summary's tallies are
			// those the result sheet counted. What they throw is kept as it is (POI would
			// wrap it in an IOException), so a database failure stays one.
			RuntimeException[] failure = new RuntimeException[1];
			rows.sheet()
				.setRowGenerator((sheet) -> guarded(failure,
						() -> rows.write(this.ledger, run.runId(), this.reasons.unexplained(run.runId()), only)));
			summary.sheet()
				.setRowGenerator((sheet) -> guarded(failure, () -> summary.write(run, layout.aboveHeader(),
						rows.tallies().byStatus(), rows.tallies().byBank())));
			try {
				workbook.write(out);
			}
			catch (IOException ex) {
				if (failure[0] == null) {
					throw ex;
				}
			}
			if (failure[0] != null) {
				throw failure[0];
			}
		}
	}

	private static void guarded(RuntimeException[] failure, Runnable rows) {
		if (failure[0] != null) {
			return;
		}
		try {
			rows.run();
		}
		catch (RuntimeException ex) {
			failure[0] = ex;
			throw ex;
		}
	}

}
