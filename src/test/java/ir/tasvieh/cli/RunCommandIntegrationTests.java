package ir.tasvieh.cli;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

import ir.tasvieh.FastSandbox;

/**
 * The README's main command: the small sample paid end to end through NextPay's built-in
 * sandbox.
 */
@FastSandbox
class RunCommandIntegrationTests {

	@Autowired
	ApplicationContext context;

	@TempDir
	Path out;

	@Test
	void paysTheSampleSheetThroughTheSandboxAndExitsZero() throws Exception {
		int exit = CommandLineEntry.commandLine(this.context)
			.execute("run", "samples/payouts-valid.xlsx", "--provider", provider(), "--out", this.out.toString(),
					"--wait", "PT30S");

		assertThat(exit).isZero();
		try (XSSFWorkbook workbook = new XSSFWorkbook(this.out.resolve("payouts-valid.result.xlsx").toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			int status = column(header, "Status");
			int providerRef = column(header, "Provider Ref");
			int bankTrackingNo = column(header, "Bank Tracking No");
			assertThat(sheet.getLastRowNum()).isEqualTo(10);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				assertThat(row.getCell(status).getStringCellValue()).isEqualTo("PAID");
				assertThat(row.getCell(providerRef).getStringCellValue()).isNotBlank();
				assertThat(row.getCell(bankTrackingNo).getStringCellValue()).isNotBlank();
			}
		}
	}

	/** The provider the sample is paid through. */
	String provider() {
		return "nextpay";
	}

	private static int column(Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (name.equals(header.getCell(i).getStringCellValue())) {
				return i;
			}
		}
		throw new AssertionError("No column " + name);
	}

}
