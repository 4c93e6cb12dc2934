package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import ir.tasvieh.run.UploadSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Uploaded file names are the client's to choose, so none of them may steer where a sheet
 * is kept or what a page shows.
 */
class UploadedSheetsTests {

	@TempDir
	Path dir;

	@Test
	void keepsAnUploadWhoseNameClimbsOutOfTheFolderInsideTheUploadFolder() throws Exception {
		Path uploads = this.dir.resolve("uploads");
		UploadedSheets sheets = sheets(uploads);

		for (String name : new String[] { "../../evil.csv", "..\\..\\evil.csv", "/etc/cron.d/evil.csv",
				"C:\\Windows\\evil.csv", "uploads/../../evil.csv" }) {
			Path stored = sheets.store(upload(name));

			assertThat(stored.normalize().getParent()).as(name).isEqualTo(uploads);
			assertThat(stored.getFileName().toString()).as(name).doesNotContain("..", "/", "\\").endsWith(".csv");
		}
		assertThat(this.dir.resolve("evil.csv")).doesNotExist();
	}

	@Test
	void showsOnlyTheBaseNameWithoutControlOrDirectionCharacters() {
		assertThat(UploadedSheets.originalName(upload("../../payroll.csv"))).isEqualTo("payroll.csv");
		assertThat(UploadedSheets.originalName(upload("pay\u202Eslx.csv"))).isEqualTo("payslx.csv");
		assertThat(UploadedSheets.originalName(upload("a\u0000b\n.csv"))).isEqualTo("ab.csv");
		assertThat(UploadedSheets.originalName(upload(".."))).isEqualTo("sheet");
	}

	@Test
	void refusesFilesThatAreNotSheetsByTheirExtension() {
		UploadedSheets sheets = sheets(this.dir);

		assertThatThrownBy(() -> sheets.store(upload("../run.sh"))).isInstanceOfSatisfying(UploadRefused.class,
				(refused) -> assertThat(refused.code()).isEqualTo("UNSUPPORTED_TYPE"));
		assertThatThrownBy(() -> sheets.store(upload("payroll.xlsx.exe"))).isInstanceOf(UploadRefused.class);
	}

	@Test
	void statesTheSizeLimitInPersianDigitsInPersian() {
		UploadRefused refused = UploadedSheets.tooLarge(DataSize.ofMegabytes(50));
		assertThat(refused.messageFa()).contains("\u2068۵۰MB\u2069").doesNotContainPattern("[0-9]");
		assertThat(refused.messageEn()).contains("50MB");
	}

	private UploadedSheets sheets(Path uploads) {
		return new UploadedSheets(new UploadSettings(DataSize.ofMegabytes(1), uploads, null, null),
				new WebSettings(this.dir.resolve("out"), 5, Duration.ofMinutes(5), false, null));
	}

	private static MockMultipartFile upload(String name) {
		return new MockMultipartFile("file", name, "text/csv", "name,sheba,amount\n".getBytes(StandardCharsets.UTF_8));
	}

}
