package ir.tasvieh.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import ir.tasvieh.DatabaseText;
import ir.tasvieh.sheet.HostileFiles;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import ir.tasvieh.sheet.MessageText;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Broken and hostile sheets through the command line, each generated here: every one ends
 * with exit 3 and one message in English and Persian naming the file (and the row where
 * there is one), or with the row-level code in the result; no stack trace reaches the
 * terminal, a rejected sheet leaves nothing in the ledger, and the next sheet is read as
 * usual.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class HostileSheetsIntegrationTests {

	private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path dir;

	@Test
	void refusesAnEmptyFile(CapturedOutput output) throws IOException {
		Path sheet = Files.createFile(this.dir.resolve("empty.xlsx"));
		assertRejected(output, sheet, "empty.xlsx has no rows.", "هیچ ردیفی ندارد");
	}

	@Test
	void refusesRandomBytesAndAPdfBehindAnXlsxName(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.randomBytes(this.dir.resolve("noise.xlsx"), 7),
				"neither an Excel workbook nor CSV text although it is named .xlsx", "نه کاربرگ اکسل است");
		assertRejected(output, HostileFiles.pdf(this.dir.resolve("invoice.xlsx")), "it is a PDF file", "PDF");
	}

	@Test
	void refusesAWorkbookCutOffHalfWay(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.truncated(this.dir.resolve("cut.xlsx"), tag(), 60),
				"zip structure is damaged or cut off", "ناقص یا خراب");
	}

	@Test
	void refusesPasswordProtectedWorkbooksOfBothFormats(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.encryptedXlsx(this.dir.resolve("locked.xlsx"), tag()),
				"is password-protected (encrypted)", "رمز دارد");
		assertRejected(output, HostileFiles.encryptedXls(this.dir.resolve("locked-old.xls"), tag()),
				"is password-protected (encrypted)", "رمز دارد");
	}

	@Test
	void refusesAZipBombBeforeItFillsMemory(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.zipBomb(this.dir.resolve("bomb.xlsx"), tag(), 50),
				"expands more than 100 times", "بمب zip");
	}

	@Test
	void refusesNestedEntitiesWithoutExpandingThem(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.billionLaughs(this.dir.resolve("laughs.xlsx"), tag()),
				"its XML declares a DOCTYPE or entities", "DOCTYPE");
		assertThat(output.toString()).doesNotContain("hahahaha");
	}

	@Test
	void refusesExternalEntitiesAndNeverReadsTheFileTheyPointAt(CapturedOutput output) throws IOException {
		String secret = "XXE-" + UUID.randomUUID();
		Path local = Files.writeString(this.dir.resolve("local-secret.txt"), secret);
		assertRejected(output, HostileFiles.externalEntity(this.dir.resolve("xxe.xlsx"), tag(), local),
				"its XML declares a DOCTYPE or entities", "DOCTYPE");
		assertRejected(output,
				HostileFiles.externalEntityInSharedStrings(this.dir.resolve("xxe-strings.xlsx"), tag(), local),
				"its XML declares a DOCTYPE or entities", "DOCTYPE");
		assertThat(output.toString()).doesNotContain(secret);
		assertThat(DatabaseText.dump(this.jdbc, Set.of())).doesNotContain(secret);
		try (Stream<Path> written = Files.walk(this.dir)) {
			for (Path file : written.filter(Files::isRegularFile).filter((f) -> !f.equals(local)).toList()) {
				assertThat(Files.readAllBytes(file)).asString(StandardCharsets.ISO_8859_1).doesNotContain(secret);
			}
		}
	}

	@Test
	void refusesAHeaderOfAllSixteenThousandColumnsNamingTheLastOne(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.wide(this.dir.resolve("wide.xlsx"), tag(), 16_384),
				"the header row (row 1) reaches column XFD, 16384 columns; more than 16372", "ستون XFD");
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void skipsAMillionFormattedButEmptyRows(CapturedOutput output) throws IOException {
		Path sheet = HostileFiles.formattedEmptyRows(this.dir.resolve("formatted.xlsx"), tag(), 1_000_000);
		List<Row> rows = resultRows(sheet, ExitCodes.OK);
		assertThat(rows).hasSize(1);
		assertThat(text(rows.get(0), "Status")).isEqualTo("READY");
	}

	@Test
	void readsOnlyTheTopLeftCellOfMergedCells(CapturedOutput output) throws IOException {
		List<Row> rows = resultRows(HostileFiles.mergedCells(this.dir.resolve("merged.xlsx"), tag()),
				ExitCodes.SOME_ROWS_NOT_DONE);
		assertThat(text(rows.get(0), "Status")).isEqualTo("READY");
		assertThat(text(rows.get(1), "Status")).isEqualTo("INVALID");
		assertThat(text(rows.get(1), "Errors")).startsWith("NAME_MISSING: ستون " + MessageText.quote("name") + "")
			.contains("Column \"name\": the payee's name is empty.");
	}

	@Test
	void readsTheFirstVisibleSheetPastAHiddenOne(CapturedOutput output) throws IOException {
		List<Row> rows = resultRows(HostileFiles.hiddenFirstSheet(this.dir.resolve("hidden.xlsx"), tag()),
				ExitCodes.OK);
		assertThat(rows).hasSize(1);
		assertThat(text(rows.get(0), "name")).startsWith("Visible Payee");
	}

	@Test
	void usesTheSavedResultOfFormulasAndWarnsAboutEach(CapturedOutput output) throws IOException {
		List<Row> rows = resultRows(HostileFiles.formulas(this.dir.resolve("formulas.xlsx"), tag()), ExitCodes.OK);
		assertThat(text(rows.get(0), "Status")).isEqualTo("READY");
		assertThat(text(rows.get(0), "name")).startsWith("Ali Rezaei");
		assertThat(rows.get(0).getCell(column(rows.get(0), "amount")).getNumericCellValue()).isEqualTo(1_500_000d);
		assertThat(text(rows.get(0), "Errors"))
			.contains("FORMULA_VALUE_USED: ستون " + MessageText.quote("name") + ": خانه فرمول است")
			.contains("Column \"name\": the cell is a formula; the result Excel saved (\"Ali Rezaei")
			.contains("Column \"amount\": the cell is a formula; the result Excel saved (\"1500000\") was used");
	}

	@Test
	void namesTheAmountColumnWhenItHoldsADateOrABoolean(CapturedOutput output) throws IOException {
		List<Row> rows = resultRows(HostileFiles.dateAndBooleanAmounts(this.dir.resolve("dates.xlsx"), tag()),
				ExitCodes.SOME_ROWS_NOT_DONE);
		assertThat(text(rows.get(0), "Errors"))
			.startsWith("AMOUNT_INVALID: ستون " + MessageText.quote("Amount (IRR)") + ": خانه تاریخ است")
			.contains("Column \"Amount (IRR)\": the cell holds a date (\"2026-11-23\"), not a number");
		assertThat(text(rows.get(1), "Errors"))
			.startsWith("AMOUNT_INVALID: ستون " + MessageText.quote("Amount (IRR)") + "")
			.contains("Column \"Amount (IRR)\": the cell holds a boolean (TRUE/FALSE)");
	}

	@Test
	void refusesRowsWhoseTextDoesNotFitTheLedgerAndCutsLongCellsToExcelsLimit(CapturedOutput output)
			throws IOException {
		String longName = "N".repeat(100_000);
		String longNote = "d".repeat(100_000);
		Path sheet = HostileFiles.csv(this.dir.resolve("long.csv"),
				"name,sheba,amount,description,note\n" + longName + "," + HostileFiles.SHEBA + ",1000000,short,"
						+ longNote + "\nSara " + tag() + "," + HostileFiles.SHEBA + ",2000000," + "x".repeat(1001)
						+ ",ok\n",
				StandardCharsets.UTF_8);
		List<Row> rows = resultRows(sheet, ExitCodes.SOME_ROWS_NOT_DONE);
		assertThat(text(rows.get(0), "Status")).isEqualTo("INVALID");
		assertThat(text(rows.get(0), "Errors"))
			.contains("FIELD_TOO_LONG: ستون " + MessageText.quote("name")
					+ ": متن ۱۰۰٬۰۰۰ نویسه دارد و بیشترین اندازه ۱٬۰۰۰ نویسه است")
			.contains("Column \"name\": the text has 100,000 characters; at most 1,000 are kept.");
		assertThat(text(rows.get(1), "Errors")).contains("Column \"description\": the text has 1,001 characters");
		String note = text(rows.get(0), "note");
		assertThat(note).hasSize(32_767).endsWith("d…");
		assertThat(text(rows.get(0), "name")).hasSize(32_767);
	}

	@Test
	void refusesACsvWithAQuoteThatIsNeverClosedNamingTheRow(CapturedOutput output) throws IOException {
		StringBuilder text = new StringBuilder("name,sheba,amount\n");
		text.append("Ali,").append(HostileFiles.SHEBA).append(",1000000\n");
		text.append("\"Sara Ahmadi,").append(HostileFiles.SHEBA).append(",2000000\n");
		for (int i = 0; i < 150; i++) {
			text.append("Payee ").append(i).append(',').append(HostileFiles.SHEBA).append(",1000000\n");
		}
		assertRejected(output,
				HostileFiles.csv(this.dir.resolve("quotes.csv"), text.toString(), StandardCharsets.UTF_8),
				"a quoted field (\") opened in row 3 is never closed", "ردیف ۳");
	}

	@Test
	void refusesACsvThatMixesUtf8AndWindows1256NamingBothLines(CapturedOutput output) throws IOException {
		Path sheet = HostileFiles.bytes(this.dir.resolve("mixed.csv"),
				("نام,شبا,مبلغ\nعلی رضایی," + HostileFiles.SHEBA + ",1000000\n").getBytes(StandardCharsets.UTF_8),
				("سارا احمدی," + HostileFiles.SHEBA + ",2000000\n").getBytes(WINDOWS_1256));
		assertRejected(output, sheet, "it mixes two encodings: line 1 is UTF-8 and line 3 is another", "دو رمزگذاری");
	}

	@Test
	void refusesNulBytesInACsvNamingTheRowWhenItIsPastTheStart(CapturedOutput output) throws IOException {
		assertRejected(output, HostileFiles.bytes(this.dir.resolve("nul.csv"),
				("name,sheba,amount\nAli\0," + HostileFiles.SHEBA + ",1000\n").getBytes(StandardCharsets.UTF_8)),
				"it contains NUL bytes", "NUL");
		StringBuilder late = new StringBuilder("name,sheba,amount\n");
		for (int i = 0; i < 400; i++) {
			late.append("Payee ").append(i).append(',').append(HostileFiles.SHEBA).append(",1000000\n");
		}
		late.append("Bad\0Payee,").append(HostileFiles.SHEBA).append(",1000000\n");
		assertRejected(output,
				HostileFiles.csv(this.dir.resolve("late-nul.csv"), late.toString(), StandardCharsets.UTF_8),
				"it contains NUL bytes (line 402)", "خط ۴۰۲");
	}

	@Test
	void refusesACsvLineOfMoreThanAMillionCharacters(CapturedOutput output) throws IOException {
		assertRejected(output,
				HostileFiles.csv(this.dir.resolve("endless.csv"),
						"name,sheba,amount\n" + "A".repeat(1_100_000) + "," + HostileFiles.SHEBA + ",1000\n",
						StandardCharsets.UTF_8),
				"line 2 is longer than 1048576 characters", "خط ۲");
	}

	@Test
	void readsAnOldExcel97WorkbookAndRefusesAnExcel95One(CapturedOutput output) throws IOException {
		List<Row> rows = resultRows(HostileFiles.xls(this.dir.resolve("old.xls"), tag()), ExitCodes.OK);
		assertThat(text(rows.get(0), "Status")).isEqualTo("READY");
		assertRejected(output, HostileFiles.excel95(this.dir.resolve("excel95.xls")),
				"it is an Excel 5.0/95 workbook (BIFF5)", "BIFF5");
	}

	/**
	 * Exit 3 with the message in both languages naming the file, no stack trace, nothing
	 * in the ledger, no result workbook, and a good sheet read right after.
	 */
	private void assertRejected(CapturedOutput output, Path sheet, String english, String persian) throws IOException {
		String name = sheet.getFileName().toString();
		long runs = DatabaseText.count(this.jdbc, "payout_run");
		long payouts = DatabaseText.count(this.jdbc, "payout");
		int before = output.getErr().length();
		Path out = this.dir.resolve("out-" + UUID.randomUUID());

		assertThat(execute("validate", sheet.toString(), "--out", out.toString())).isEqualTo(ExitCodes.SHEET_REJECTED);

		String err = output.getErr().substring(before);
		List<String> englishLines = err.lines().filter((line) -> line.startsWith("Sheet rejected: ")).toList();
		List<String> persianLines = err.lines().filter((line) -> line.startsWith("فایل پذیرفته نشد: ")).toList();
		assertThat(englishLines).singleElement(as(STRING)).contains(name).contains(english);
		assertThat(persianLines).singleElement(as(STRING)).contains(name).contains(persian);
		assertThat(err).doesNotContain(this.dir.toString());
		assertThat(output.toString()).doesNotContain("\tat ").doesNotContain("Exception");
		assertThat(DatabaseText.count(this.jdbc, "payout_run")).isEqualTo(runs);
		assertThat(DatabaseText.count(this.jdbc, "payout")).isEqualTo(payouts);
		assertThat(out).doesNotExist();
		assertTheNextSheetIsRead();
	}

	private void assertTheNextSheetIsRead() throws IOException {
		Path next = HostileFiles.goodXlsx(this.dir.resolve("next-" + UUID.randomUUID() + ".xlsx"), tag());
		assertThat(resultRows(next, ExitCodes.OK)).hasSize(1);
	}

	/** Validates a sheet, expects the exit code, and gives the result's data rows. */
	private List<Row> resultRows(Path sheet, int exit) throws IOException {
		Path out = this.dir.resolve("out-" + UUID.randomUUID());
		assertThat(execute("validate", sheet.toString(), "--out", out.toString())).isEqualTo(exit);
		String name = sheet.getFileName().toString();
		Path result = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".result.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(result))) {
			Sheet first = workbook.getSheetAt(0);
			List<Row> rows = new ArrayList<>();
			for (int r = 1; r <= first.getLastRowNum(); r++) {
				rows.add(first.getRow(r));
			}
			return rows;
		}
	}

	private static String text(Row row, String header) {
		return new DataFormatter().formatCellValue(row.getCell(column(row, header)));
	}

	private static int column(Row row, String header) {
		Row headers = row.getSheet().getRow(0);
		for (int c = 0; c < headers.getLastCellNum(); c++) {
			if (header.equals(headers.getCell(c).getStringCellValue())) {
				return c;
			}
		}
		throw new AssertionError("No column " + header);
	}

	private int execute(String... args) {
		return CommandLineEntry.commandLine(this.context).execute(args);
	}

	/** Makes every sheet's content, and so its SHA-256, new. */
	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
