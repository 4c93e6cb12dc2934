package ir.tasvieh.job;

import java.io.OutputStream;

import org.springframework.stereotype.Component;

import ir.tasvieh.report.ResultWorkbook;

/**
 * The workbook of a run's rows that need a person, {@code INVALID} and {@code FAILED}
 * (docs/SPEC.md section 7), written in the result workbook's format straight to where it
 * is downloaded: finance corrects those rows and hands the file in again (section 4.1).
 */
@Component
public class RowsToFix {

	private final ResultWorkbook workbook;

	RowsToFix(ResultWorkbook workbook) {
		this.workbook = workbook;
	}

	/** The name the download takes: {@code <sheet-base-name>.to-fix.xlsx}. */
	public static String fileName(String sheetFileName) {
		return ResultWorkbook.rowsToFixName(sheetFileName);
	}

	public void write(JobRequest request, OutputStream out) {
		this.workbook.writeRowsToFix(ResultWriting.reportedRun(request), out);
	}

}
