package ir.tasvieh.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSheetTests {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@TempDir
	Path dir;

	private final PayoutSheets sheets = new StreamingPayoutSheets();

	@Test
	void readsUtf8WithABomAndStripsIt() throws IOException {
		Path file = write("bom.csv", BOM,
				"نام,مبلغ,شماره شبا\nعلی رضایی,1000000,IR820540102680020817909002\n".getBytes(StandardCharsets.UTF_8));
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().names()).containsExactly("نام", "مبلغ", "شماره شبا");
			assertThat(reader.header().persian()).isTrue();
			assertThat(reader.header().amountUnit()).isNull();
			SheetRow row = reader.next();
			assertThat(row.rowNumber()).isEqualTo(2);
			assertThat(row.cells()).containsExactly(SheetCell.text("علی رضایی"), SheetCell.text("1000000"),
					SheetCell.text("IR820540102680020817909002"));
		}
	}

	@Test
	void readsUtf8WithoutABomSeparatedBySemicolons() throws IOException {
		String text = "name;amount (toman);card\n\n\"Rezaei; Ali\";1,500,000;6037701689095443\n";
		Path file = write("semicolon.csv", text.getBytes(StandardCharsets.UTF_8));
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().amountUnit()).isEqualTo(AmountUnit.IRT);
			SheetRow row = reader.next();
			assertThat(row.rowNumber()).isEqualTo(3);
			assertThat(row.cells()).extracting(SheetCell::text)
				.containsExactly("Rezaei; Ali", "1,500,000", "6037701689095443");
			assertThat(row.cells()).extracting(SheetCell::type).containsOnly(CellType.TEXT);
		}
	}

	@Test
	void readsWindows1256PersianSeparatedByTabs() throws IOException {
		// Windows-1256 has no Persian yeh: Windows writes the Arabic one.
		String text = "نام و نام خانوادگي\tمبلغ (ريال)\tشبا\tتوضيحات\r\nمحمد کاظمي\t2500000\tIR820540102680020817909002\tپاداش\r\n";
		Path file = write("1256.csv", text.getBytes(CsvDialect.WINDOWS_1256));
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().names()).containsExactly("نام و نام خانوادگي", "مبلغ (ريال)", "شبا", "توضيحات");
			assertThat(reader.header().columns()).containsEntry(Column.NAME, 0)
				.containsEntry(Column.AMOUNT, 1)
				.containsEntry(Column.SHEBA, 2)
				.containsEntry(Column.DESCRIPTION, 3);
			assertThat(reader.header().amountUnit()).isEqualTo(AmountUnit.IRR);
			assertThat(reader.next().cells()).extracting(SheetCell::text)
				.containsExactly("محمد کاظمي", "2500000", "IR820540102680020817909002", "پاداش");
		}
	}

	@Test
	void readsExcelUnicodeTextAsUtf16SeparatedByTabs() throws IOException {
		String text = "\uFEFFنام\tمبلغ (تومان)\tشماره کارت\r\nسارا احمدی\t150000\t6037701689095443\r\n";
		Path file = write("unicode.txt", text.getBytes(StandardCharsets.UTF_16LE));
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().names()).containsExactly("نام", "مبلغ (تومان)", "شماره کارت");
			assertThat(reader.next().cells()).extracting(SheetCell::text)
				.containsExactly("سارا احمدی", "150000", "6037701689095443");
		}
	}

	@Test
	void skipsExcelsSeparatorHintLine() throws IOException {
		String text = "sep=;\r\nname;amount;sheba\r\nAli;1,000;IR820540102680020817909002\r\n";
		Path file = write("hint.csv", text.getBytes(StandardCharsets.UTF_8));
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().rowNumber()).isEqualTo(2);
			SheetRow row = reader.next();
			assertThat(row.rowNumber()).isEqualTo(3);
			assertThat(row.cell(1).text()).isEqualTo("1,000");
		}
	}

	@Test
	void keepsSeparatorsQuotesAndBackslashesInsideQuotedFields() throws IOException {
		String text = "name,amount,sheba,description\n"
				+ "\"Karimi, Reza\",\"1,200,000\",IR820540102680020817909002,\"said \"\"thanks\"\" C:\\pay\"\n";
		Path file = write("quoted.csv", text.getBytes(StandardCharsets.UTF_8));
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.next().cells()).extracting(SheetCell::text)
				.containsExactly("Karimi, Reza", "1,200,000", "IR820540102680020817909002", "said \"thanks\" C:\\pay");
		}
	}

	@Test
	void decidesTheEncodingOnBytesFarBeyondTheFirstLines() throws IOException {
		StringBuilder text = new StringBuilder("name,amount,sheba\n");
		for (int i = 0; i < 5000; i++) {
			text.append("Payee ").append(i).append(",1000000,IR820540102680020817909002\n");
		}
		text.append("رضا,1000000,IR820540102680020817909002\n");
		Path file = write("late.csv", text.toString().getBytes(CsvDialect.WINDOWS_1256));
		assertThat(readAll(file)).hasSize(5001).last().extracting((row) -> row.cell(0).text()).isEqualTo("رضا");
	}

	private List<SheetRow> readAll(Path file) {
		List<SheetRow> rows = new ArrayList<>();
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			for (SheetRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	private Path write(String name, byte[]... parts) throws IOException {
		Path file = this.dir.resolve(name);
		for (byte[] part : parts) {
			Files.write(file, part, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
		}
		return file;
	}

}
