package ir.tasvieh.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ir.tasvieh.run.RunRequest;
import ir.tasvieh.run.RunResult;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed samples, validated end to end: the errors sample gives every row the
 * status and codes its expectation file lists, and the valid samples are valid.
 */
@SpringBootTest
class SamplesIntegrationTests {

	private static final Pattern CODE = Pattern.compile("(?:^|; )([A-Z_]+): ");

	@Autowired
	Runs runs;

	@TempDir
	Path out;

	@Test
	void reportsEveryRowOfTheErrorsSampleAsItsExpectationSays() throws Exception {
		RunResult result = validate("samples/payouts-errors.xlsx");
		Map<Integer, String[]> expected = expectations(Path.of("samples/payouts-errors.expected.csv"));

		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = columns(sheet.getRow(0));
			assertThat(columns).containsKey("department");
			int seen = 0;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				int sheetRow = r + 1;
				String[] want = expected.get(sheetRow);
				assertThat(want).as("row %d is expected", sheetRow).isNotNull();
				assertThat(text(row, columns.get("Status"))).as("status of row %d", sheetRow).isEqualTo(want[0]);
				assertThat(codes(text(row, columns.get("Errors")))).as("codes of row %d", sheetRow)
					.isEqualTo(new TreeSet<>(Arrays.asList(want[1].isEmpty() ? new String[0] : want[1].split("\\|"))));
				seen++;
			}
			assertThat(seen).isEqualTo(expected.size());
		}
	}

	@Test
	void keepsFormulaLookingDescriptionsOfTheErrorsSampleAsText() throws Exception {
		RunResult result = validate("samples/payouts-errors.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(result.resultPath().toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int description = columns(sheet.getRow(0)).get("description");
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Cell cell = sheet.getRow(r).getCell(description);
				if (cell != null) {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				}
			}
		}
	}

	@Test
	void findsEveryRowOfTheValidSamplesReady() {
		for (String sample : List.of("samples/payouts-valid.xlsx", "samples/payouts-valid.csv")) {
			RunResult result = validate(sample);
			assertThat(result.rejected()).as(sample).isFalse();
			assertThat(result.allRowsGood()).as(sample).isTrue();
		}
	}

	private RunResult validate(String sample) {
		Path file = Path.of(sample);
		RunResult result = this.runs
			.start(new RunRequest(file, file.getFileName().toString(), null, true, true, this.out, "tester", null));
		assertThat(result.rejection()).isNull();
		return result;
	}

	private static Map<Integer, String[]> expectations(Path file) throws Exception {
		Map<Integer, String[]> expected = new LinkedHashMap<>();
		List<String> lines = Files.readAllLines(file);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			expected.put(Integer.parseInt(fields[0]), new String[] { fields[1], fields[2] });
		}
		return expected;
	}

	private static Map<String, Integer> columns(Row header) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		header.forEach((cell) -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
		return columns;
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell != null) ? cell.getStringCellValue() : "";
	}

	private static Set<String> codes(String errors) {
		Set<String> codes = new TreeSet<>();
		Matcher matcher = CODE.matcher(errors);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
