package ir.tasvieh.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PayoutTemplatesTests {

	private static final Path COMMITTED = Path.of("templates");

	@Test
	void committedTemplatesMatchWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
		for (Path fresh : TemplateFilesGenerator.writeAll(dir)) {
			Path committed = COMMITTED.resolve(fresh.getFileName());
			String hint = committed + " is stale or missing; regenerate it with: " + TemplateFilesGenerator.COMMAND;
			assertThat(committed).as(hint).exists();
			if (fresh.toString().endsWith(".csv")) {
				assertThat(Files.readAllBytes(committed)).as(hint).isEqualTo(Files.readAllBytes(fresh));
			}
			else {
				assertThat(TemplateWorkbookDump.of(committed)).as(hint)
					.containsExactlyElementsOf(TemplateWorkbookDump.of(fresh));
			}
		}
	}

	@Test
	void writesTheEnglishHeadersInOrder() throws IOException {
		assertThat(headers(xlsx("en"))).containsExactly("name", "sheba", "card", "amount (IRR)", "tracker",
				"description", "payment_number");
	}

	@Test
	void writesThePersianHeadersWithPersianLetters() throws IOException {
		List<String> headers = headers(xlsx("fa"));
		assertThat(headers).containsExactly("نام و نام خانوادگی", "شماره شبا", "شماره کارت", "مبلغ (ریال)",
				"شناسه پیگیری", "توضیحات", "شناسه پرداخت");
		assertThat(String.join("", headers)).doesNotContain("\u064A", "\u0643");
	}

	@Test
	void keepsArabicYehAndKafOutOfEveryPersianText() {
		TemplateText fa = TemplateText.of("fa");
		StringBuilder all = new StringBuilder(fa.sheetName() + fa.instructionsName() + fa.instructionsTitle());
		fa.headers().forEach(all::append);
		fa.columnHelp().forEach(all::append);
		fa.notes().forEach((note) -> note.forEach(all::append));
		all.append(fa.amountError());
		assertThat(all.toString()).doesNotContain("\u064A", "\u0643");
	}

	@Test
	void writesCsvAsUtf8WithBomAndOnlyTheHeaderLine() {
		byte[] csv = bytes("fa", "csv");
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text).isEqualTo(
				"نام و نام خانوادگی,شماره شبا,شماره کارت,مبلغ (ریال),شناسه پیگیری,توضیحات," + "شناسه پرداخت\r\n");
		assertThat(new String(bytes("en", "csv"), StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFname,sheba,card,amount (IRR),tracker,description,payment_number\r\n");
	}

	@Test
	void formatsIdentifierColumnsAsTextSoExcelKeepsEveryDigit() throws IOException {
		try (XSSFWorkbook workbook = xlsx("en")) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int column : new int[] { 1, 2, 4, 6 }) {
				assertThat(sheet.getColumnStyle(column).getDataFormatString()).isEqualTo("@");
				for (int r : new int[] { 1, 500, TemplateWorkbook.PREPARED_ROWS }) {
					assertThat(sheet.getRow(r).getCell(column).getCellStyle().getDataFormatString()).isEqualTo("@");
				}
			}
			assertThat(sheet.getRow(1).getCell(0)).isNull();
		}
	}

	@Test
	void acceptsOnlyPositiveWholeAmounts() throws IOException {
		try (XSSFWorkbook workbook = xlsx("fa")) {
			List<? extends DataValidation> validations = workbook.getSheetAt(0).getDataValidations();
			assertThat(validations).hasSize(1);
			DataValidation validation = validations.get(0);
			assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.INTEGER);
			assertThat(validation.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_THAN);
			assertThat(validation.getValidationConstraint().getFormula1()).isEqualTo("0");
			assertThat(validation.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("D2:D1001");
		}
	}

	@Test
	void freezesAStyledHeaderRow() throws IOException {
		try (XSSFWorkbook workbook = xlsx("en")) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			var style = workbook.getSheetAt(0).getRow(0).getCell(0).getCellStyle();
			assertThat(workbook.getFontAt(style.getFontIndex()).getBold()).isTrue();
			assertThat(style.getFillForegroundColorColor()).isNotNull();
		}
	}

	@Test
	void readsRightToLeftInPersianOnly() throws IOException {
		try (XSSFWorkbook fa = xlsx("fa"); XSSFWorkbook en = xlsx("en")) {
			assertThat(fa.getSheetAt(0).isRightToLeft()).isTrue();
			assertThat(fa.getSheetAt(1).isRightToLeft()).isTrue();
			assertThat(en.getSheetAt(0).isRightToLeft()).isFalse();
		}
	}

	@Test
	void explainsEveryColumnOnASecondSheet() throws IOException {
		try (XSSFWorkbook en = xlsx("en"); XSSFWorkbook fa = xlsx("fa")) {
			assertThat(en.getSheetName(1)).isEqualTo("Instructions");
			assertThat(fa.getSheetName(1)).isEqualTo("راهنما");
			String text = sheetText(en.getSheetAt(1));
			assertThat(text).contains("amount (IRR)", "rials", "toman", "checkout_on_time", "15 significant digits",
					"Optional");
			assertThat(sheetText(fa.getSheetAt(1))).contains("شماره شبا", "تومان", "checkout_on_time", "۱۵ رقم");
		}
	}

	@Test
	void writesTheSameContentEveryTime() throws IOException {
		assertThat(TemplateWorkbookDump.of(bytes("fa", "xlsx")))
			.containsExactlyElementsOf(TemplateWorkbookDump.of(bytes("fa", "xlsx")))
			.contains("created=" + TemplateWorkbook.CREATED);
	}

	@Test
	void rejectsUnknownLanguagesAndFormats() {
		assertThatIllegalArgumentException().isThrownBy(() -> bytes("de", "xlsx")).withMessageContaining("de");
		assertThatIllegalArgumentException().isThrownBy(() -> bytes("en", "xls")).withMessageContaining("xls");
		assertThatIllegalArgumentException().isThrownBy(() -> bytes(null, "csv"));
		assertThat(PayoutTemplates.fileName("fa", "csv")).isEqualTo("payout-template.fa.csv");
	}

	private static byte[] bytes(String lang, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PayoutTemplates.write(lang, format, out);
		return out.toByteArray();
	}

	private static XSSFWorkbook xlsx(String lang) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes(lang, "xlsx")));
	}

	private static List<String> headers(XSSFWorkbook workbook) throws IOException {
		try (workbook) {
			Row row = workbook.getSheetAt(0).getRow(0);
			return java.util.stream.IntStream.range(0, row.getLastCellNum())
				.mapToObj((i) -> row.getCell(i).getStringCellValue())
				.toList();
		}
	}

	private static String sheetText(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		sheet.forEach((row) -> row.forEach((cell) -> text.append(formatter.formatCellValue(cell)).append('\n')));
		return text.toString();
	}

}
