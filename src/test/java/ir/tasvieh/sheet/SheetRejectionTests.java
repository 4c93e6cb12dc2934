package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SheetRejectionTests {

	@TempDir
	Path dir;

	private final PayoutSheets sheets = new StreamingPayoutSheets();

	@Test
	void rejectsAnEmptyFileAsEmpty() throws IOException {
		Path file = Files.createFile(this.dir.resolve("empty.xlsx"));
		assertThat(rejection(file).reason()).isEqualTo("EMPTY");
	}

	@Test
	void rejectsAMissingFileAsUnreadableNamingIt() {
		SheetRejected rejected = rejection(this.dir.resolve("gone.xlsx"));
		assertThat(rejected.reason()).isEqualTo("UNREADABLE");
		assertThat(rejected.messageEn()).isEqualTo("Cannot read gone.xlsx: the file does not exist.");
	}

	@Test
	void rejectsACsvOfBlankLinesAsEmpty() throws IOException {
		Path file = Files.writeString(this.dir.resolve("blank.csv"), "\n , ,\n\n");
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("EMPTY");
		assertThat(rejected.messageEn()).isEqualTo("blank.csv has no rows.");
	}

	@Test
	void rejectsRandomBytesNamedXlsxAsUnreadableWithoutThePathOrAStackTrace() throws IOException {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		Path file = Files.write(this.dir.resolve("salaries.xlsx"), noise);
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("UNREADABLE");
		assertThat(rejected.messageEn()).startsWith("Cannot read salaries.xlsx:")
			.doesNotContain(this.dir.toString())
			.doesNotContain("Exception");
		assertThat(rejected.messageFa()).contains("salaries.xlsx").doesNotContain(this.dir.toString());
	}

	@Test
	void rejectsAZipThatIsNotAWorkbookAsUnreadableAndKeepsTheCause() throws IOException {
		Path file = this.dir.resolve("archive.xlsx");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
		}
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("UNREADABLE");
		assertThat(rejected.getCause()).isNotNull();
		assertThat(rejected.messageEn()).doesNotContain("Exception");
	}

	@Test
	void rejectsAPasswordProtectedWorkbookAsEncrypted() throws Exception {
		Path file = this.dir.resolve("locked.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem(); Workbook workbook = new XSSFWorkbook()) {
			XlsxSheetTests.row(workbook.createSheet(), 0, "name", "amount", "sheba");
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				workbook.write(out);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("ENCRYPTED");
		assertThat(rejected.messageEn()).contains("locked.xlsx");
	}

	@Test
	void rejectsAHeaderWithoutAmountListingWhatWasFoundAndExpected() throws IOException {
		Path file = Files.writeString(this.dir.resolve("no-amount.csv"), "Name,Sheba,Branch\nAli,IR82,Tehran\n");
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("NO_HEADER");
		assertThat(rejected.messageEn()).contains("no-amount.csv")
			.contains("Missing: amount")
			.contains("Found in row 1: \"Name\", \"Sheba\", \"Branch\"")
			.contains("Expected: name")
			.contains("sheba");
		assertThat(rejected.messageFa()).contains("no-amount.csv")
			.contains(
					MessageText.quote("Name") + "، " + MessageText.quote("Sheba") + "، " + MessageText.quote("Branch"))
			.contains("مبلغ");
	}

	@Test
	void findsTheHeaderBelowATitleADateAndNotesAndKeepsThemAsRowsAbove() throws IOException {
		Path file = Files.writeString(this.dir.resolve("titled.csv"),
				"Payroll December,,\nDate,2026-12-21,\n,,\nname,amount,sheba\nAli,1000,IR25\n");
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().rowNumber()).isEqualTo(4);
			assertThat(reader.header().aboveLines()).containsExactly("row 1: Payroll December",
					"row 2: Date | 2026-12-21");
			assertThat(reader.next().rowNumber()).isEqualTo(5);
		}
	}

	@Test
	void looksForTheHeaderAmongTheFirstTwentyNonBlankRowsOnly() throws IOException {
		String notes = "note\n\n".repeat(20);
		Path file = Files.writeString(this.dir.resolve("deep.csv"), notes + "name,amount,sheba\nAli,1000,IR25\n");
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("NO_HEADER");
		assertThat(rejected.messageEn()).contains("among its first 20 non-empty rows");
	}

	@Test
	void namesTheRowThatCameClosestToAHeaderAndWhatItLacked() throws IOException {
		Path file = Files.writeString(this.dir.resolve("closest.csv"),
				"Payroll,,\nname,Branch,card\namount,x,y\nAli,Tehran,6037\n");
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("NO_HEADER");
		assertThat(rejected.messageEn()).contains("Missing: amount (مبلغ).")
			.contains("Found in row 2: \"name\", \"Branch\", \"card\" (the row closest to a header)");
		assertThat(rejected.messageFa()).contains("سطر ۲،");
	}

	@Test
	void takesTwoColumnsOfTheSameMeaningAboveTheHeaderForATitleNotARejection() throws IOException {
		Path file = Files.writeString(this.dir.resolve("names.csv"), "name,name\nname,amount,card\nAli,1,6037\n");
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().rowNumber()).isEqualTo(2);
		}
	}

	@Test
	void rejectsTwoHeadersForTheSameColumn() throws IOException {
		Path file = Files.writeString(this.dir.resolve("twice.csv"), "name,amount,Sheba,IBAN\nAli,1,IR82,IR82\n");
		SheetRejected rejected = rejection(file);
		assertThat(rejected.reason()).isEqualTo("DUPLICATE_COLUMN");
		assertThat(rejected.messageEn()).contains("\"Sheba\" (C)").contains("\"IBAN\" (D)").contains("both mean sheba");
	}

	@Test
	void opensASheetWithAHeaderButNoRowsAndLetsTheCallerDecide() throws IOException {
		Path file = Files.writeString(this.dir.resolve("header-only.csv"), "name,amount,card\n\n");
		try (PayoutSheetReader reader = this.sheets.open(file)) {
			assertThat(reader.header().has(Column.CARD)).isTrue();
			assertThat(reader.next()).isNull();
		}
		assertThat(SheetRejected.noDataRows("header-only.csv").reason()).isEqualTo("EMPTY");
	}

	private SheetRejected rejection(Path file) {
		return catchThrowableOfType(SheetRejected.class, () -> this.sheets.open(file).close());
	}

}
