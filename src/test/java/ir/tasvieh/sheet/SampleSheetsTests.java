package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SampleSheetsTests {

	private static final Path COMMITTED = Path.of("samples");

	@Test
	void committedSamplesMatchWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
		SampleSheets.writeAll(dir);
		for (String name : SampleSheets.FILES) {
			Path committed = COMMITTED.resolve(name);
			String hint = committed + " is stale or missing; regenerate it with: " + SampleSheets.COMMAND;
			assertThat(committed).as(hint).exists();
			assertThat(Files.size(committed)).as("samples stay small").isLessThan(1_000_000);
			if (name.endsWith(".csv")) {
				assertThat(Files.readAllBytes(committed)).as(hint).isEqualTo(Files.readAllBytes(dir.resolve(name)));
			}
			else {
				assertThat(TemplateWorkbookDump.of(committed)).as(hint)
					.containsExactlyElementsOf(TemplateWorkbookDump.of(dir.resolve(name)));
			}
		}
	}

	@Test
	void validSamplesHoldOnlyCheckedShebasAsText() throws IOException {
		List<List<String>> xlsx = readXlsx(COMMITTED.resolve("payouts-valid.xlsx"), 1);
		assertThat(xlsx).hasSize(11);
		assertThat(xlsx.get(0)).containsExactly("نام و نام خانوادگی", "شماره شبا", "مبلغ (ریال)", "شناسه پیگیری",
				"توضیحات");
		List<String> lines = Files.readAllLines(COMMITTED.resolve("payouts-valid.csv"), StandardCharsets.UTF_8);
		assertThat(lines).hasSize(9).first().isEqualTo("name,sheba,amount (IRR),tracker,description");
		Set<String> banks = new HashSet<>();
		List<String> shebas = new ArrayList<>(xlsx.subList(1, 11).stream().map((row) -> row.get(1)).toList());
		lines.subList(1, 9).forEach((line) -> shebas.add(line.split(",")[1].replace(" ", "")));
		for (String sheba : shebas) {
			assertThat(SampleSheetsData.checksumValid(sheba)).as(sheba).isTrue();
			assertThat(SampleSheetsData.BANKS).contains(sheba.substring(4, 7));
			banks.add(sheba.substring(4, 7));
		}
		assertThat(new HashSet<>(shebas)).hasSize(18);
		assertThat(banks).hasSizeGreaterThanOrEqualTo(10);
		for (List<String> row : xlsx.subList(1, 11)) {
			long amount = Long.parseLong(row.get(2));
			assertThat(amount).isBetween(1_000_000L, 50_000_000L);
		}
	}

	@Test
	void errorsSampleExpectsEveryCodeThatOneSheetCanShow() throws IOException {
		List<String> lines = Files.readAllLines(COMMITTED.resolve("payouts-errors.expected.csv"));
		List<List<String>> sheet = readXlsx(COMMITTED.resolve("payouts-errors.xlsx"), 0);
		assertThat(lines.get(0)).isEqualTo("row,status,codes");
		assertThat(lines).hasSize(sheet.size());
		assertThat(sheet.get(0)).containsExactlyElementsOf(SampleSheetsErrors.HEADERS);
		Set<String> seen = new HashSet<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			List<String> codes = fields[2].isEmpty() ? List.of() : List.of(fields[2].split("\\|"));
			seen.addAll(codes);
			boolean invalid = codes.stream().anyMatch((code) -> !SampleSheetsErrors.WARNINGS.contains(code));
			assertThat(fields[1]).as(line).isEqualTo(invalid ? "INVALID" : "READY");
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(SampleSheets.allCodes());
	}

	@Test
	void errorsSampleRowsAreUnambiguous() {
		Set<String> payees = new HashSet<>();
		Set<String> trackers = new HashSet<>();
		for (SampleSheetsErrors.Row row : SampleSheetsErrors.rows()) {
			List<String> codes = row.codes();
			if (row.cells().get(1) instanceof String sheba && !codes.contains("SHEBA_PRECISION_LOST")) {
				String normalised = normalise(sheba);
				boolean wellFormed = normalised.matches("IR[0-9]{24}");
				assertThat(wellFormed).as(sheba).isEqualTo(!codes.contains("SHEBA_FORMAT"));
				if (wellFormed) {
					assertThat(SampleSheetsData.checksumValid(normalised)).as(sheba)
						.isEqualTo(!codes.contains("SHEBA_CHECKSUM"));
				}
				String payee = normalised + "/" + row.cells().get(3);
				assertThat(payees.add(payee)).as(payee).isEqualTo(!codes.contains("DUPLICATE_PAYEE"));
			}
			if (row.cells().get(4) instanceof String tracker) {
				assertThat(trackers.add(tracker) || codes.contains("TRACKER_DUPLICATE")).as(tracker).isTrue();
			}
		}
	}

	/** Just enough of SPEC section 3's normalisation to check the sample's intent. */
	private static String normalise(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			if (c >= '\u06F0' && c <= '\u06F9') {
				out.append((char) ('0' + c - '\u06F0'));
			}
			else if (!Character.isWhitespace(c) && c != '-') {
				out.append(c);
			}
		}
		String text = out.toString().toUpperCase(Locale.ROOT);
		return text.startsWith("'") ? text.substring(1) : text;
	}

	@Test
	void errorsSampleKeepsFormulaLookingTextAndANumericSheba() throws IOException {
		try (InputStream in = Files.newInputStream(COMMITTED.resolve("payouts-errors.xlsx"));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> descriptions = new ArrayList<>();
			int numericShebas = 0;
			for (Row row : sheet) {
				Cell description = row.getCell(5);
				assertThat(description.getCellType()).isEqualTo(CellType.STRING);
				descriptions.add(description.getStringCellValue());
				if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
					numericShebas++;
				}
			}
			assertThat(descriptions).anyMatch((d) -> d.startsWith("="))
				.anyMatch((d) -> d.startsWith("+"))
				.anyMatch((d) -> d.startsWith("@"));
			assertThat(numericShebas).isEqualTo(1);
		}
	}

	@Test
	void samplesUsePersianLettersNotArabic() throws IOException {
		for (String name : SampleSheets.FILES) {
			String all = String.join("\n", readAll(COMMITTED.resolve(name)));
			assertThat(all).as(name).doesNotContain("\u064A", "\u0643");
		}
	}

	@Test
	void largeSheetStreamsValidShebasAsTextWithAFewInvalidRows(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("large.xlsx");
		LargeSheetGenerator.write(file, 5_000, 7L);
		List<List<String>> rows = readXlsx(file, 0);
		assertThat(rows).hasSize(5_001);
		assertThat(rows.get(0)).containsExactlyElementsOf(LargeSheetGenerator.HEADERS);
		int invalid = 0;
		int withTracker = 0;
		Set<String> banks = new HashSet<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			boolean ok = !row.get(0).isBlank() && SampleSheetsData.checksumValid(row.get(1))
					&& row.get(2).matches("[0-9]+");
			invalid += ok ? 0 : 1;
			withTracker += (row.size() > 3 && !row.get(3).isEmpty()) ? 1 : 0;
			banks.add(row.get(1).substring(4, 7));
		}
		assertThat(invalid).isBetween(50, 150);
		assertThat(withTracker).isBetween(2_200, 2_800);
		assertThat(banks).hasSizeGreaterThanOrEqualTo(10);
		Path again = dir.resolve("again.xlsx");
		LargeSheetGenerator.write(again, 5_000, 7L);
		assertThat(readXlsx(again, 0)).isEqualTo(rows);
	}

	/** Every row's cells as text; SHEBA cells (column 1) must be text cells. */
	private static List<List<String>> readXlsx(Path file, int expectTextShebaFrom) throws IOException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		List<List<String>> rows = new ArrayList<>();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					if (cell != null && cell.getCellType() == CellType.NUMERIC) {
						cells.add(new java.math.BigDecimal(cell.getNumericCellValue()).toPlainString());
					}
					else {
						cells.add((cell != null) ? formatter.formatCellValue(cell) : "");
					}
				}
				if (expectTextShebaFrom > 0 && row.getRowNum() >= expectTextShebaFrom) {
					assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
					assertThat(row.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("@");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	private static List<String> readAll(Path file) throws IOException {
		if (file.toString().endsWith(".csv")) {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		return readXlsx(file, 0).stream().map((row) -> String.join(",", row)).toList();
	}

}
