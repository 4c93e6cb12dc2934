package ir.tasvieh.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ir.tasvieh.TestSheets;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineIntegrationTests extends CommandLineTestSupport {

	@Test
	void exitsZeroWhenEveryRowIsReady() throws Exception {
		Path sheet = sheet("good.xlsx", "IR820540102680020817909002");

		assertThat(execute("validate", sheet.toString(), "--out", this.dir.resolve("out").toString())).isZero();
		assertThat(stdout()).contains("READY").contains("1,500,000").contains("good.result.xlsx");
		assertThat(Files.exists(this.dir.resolve("out/good.result.xlsx"))).isTrue();
	}

	@Test
	void exitsOneWhenSomeRowIsInvalid() throws Exception {
		Path sheet = sheet("bad.xlsx", "IR820540102680020817909003");

		assertThat(execute("run", "--dry-run", sheet.toString(), "--out", this.dir.resolve("out").toString()))
			.isEqualTo(1);
		assertThat(stdout()).contains("INVALID");
	}

	@Test
	void exitsTwoOnBadUsage() throws Exception {
		Path sheet = sheet("usage.xlsx", "IR820540102680020817909002");

		assertThat(execute("no-such-command")).isEqualTo(2);
		assertThat(execute("validate")).isEqualTo(2);
		assertThat(execute("validate", sheet.toString(), "--provider", "paypal")).isEqualTo(2);
		assertThat(stderr()).contains("paypal");
	}

	@Test
	void exitsThreeWhenTheSheetIsRejectedAndSaysWhyInBothLanguages() throws Exception {
		Path sheet = this.dir.resolve("notes.csv");
		Files.writeString(sheet, "hello,world\n1,2\n");

		assertThat(execute("validate", sheet.toString())).isEqualTo(3);
		assertThat(stderr()).contains("Sheet rejected").contains("notes.csv").contains("فایل پذیرفته نشد");
	}

	@Test
	void exitsFourWhenTheJobFailsAndResumesWhenRunAgain() throws Exception {
		Path sheet = sheet("resume.xlsx", "IR820540102680020817909002");
		Path out = this.dir.resolve("blocked");
		Files.writeString(out, "a file where the output folder should be");

		assertThat(execute("validate", sheet.toString(), "--out", out.toString())).isEqualTo(4);
		assertThat(stderr()).contains("Run the same command again");

		Files.delete(out);
		assertThat(execute("validate", sheet.toString(), "--out", out.toString())).isZero();
		assertThat(Files.exists(out.resolve("resume.result.xlsx"))).isTrue();
	}

	@Test
	void writesTheBlankTemplate() throws Exception {
		Path file = this.dir.resolve("blank.xlsx");

		assertThat(execute("template", "--lang", "en", "--format", "xlsx", "--out", file.toString())).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
		}
	}

	@Test
	void leavesSpringPropertiesToSpring() {
		assertThat(CommandLineEntry.withoutSpringProperties(
				new String[] { "validate", "x.xlsx", "--out=o", "--tasvieh.provider=vandar", "--server.port=0" }))
			.containsExactly("validate", "x.xlsx", "--out=o");
	}

	private Path sheet(String name, String sheba) throws Exception {
		// The file name in a cell keeps each test's sheet content unique (same content is
		// "already run").
		return TestSheets.xlsx(this.dir.resolve(name), new Object[] { "name", "sheba", "amount" },
				new Object[] { "Ali Rezaei " + name, sheba, 1_500_000 });
	}

}
