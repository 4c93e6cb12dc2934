package ir.tasvieh.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole day of finance and a manager in a real headless Chromium, once in Persian and
 * once in English: sign in as finance, upload the errors sample and see its row errors,
 * upload the valid sample, sign out, sign in as a manager, approve, watch the progress
 * move on the page until the run is completed on the sandbox, download the result
 * workbook and find every row paid. Each step leaves a screenshot under
 * {@code target/screenshots/}.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=500ms", "tasvieh.sandbox.nextpay.settle-time=3s",
				"tasvieh.tracking.poll-interval=300ms" })
@WebTestUsers
// Each language starts on a database of its own: the samples would otherwise be "already
// run".
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class BrowserFlowIntegrationTests {

	private static final Path SAMPLES = Path.of("samples").toAbsolutePath();

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	private WebDriver browser;

	private WebDriverWait wait;

	private BrowserPages pages;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("tasvieh-browser");
		registry.add("tasvieh.upload.dir", () -> dir.resolve("uploads").toString());
		registry.add("tasvieh.web.out-dir", () -> dir.resolve("output").toString());
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "fa", "en" })
	void financeUploadsAManagerApprovesAndEveryRowIsPaid(String language) throws Exception {
		this.browser = Chromium.start(this.downloads);
		this.pages = new BrowserPages(this.browser, this.port);
		this.wait = this.pages.waiting();

		this.pages.open("/lang?l=" + language);
		this.wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(attribute("html", "lang")).isEqualTo(language);
		assertThat(attribute("html", "dir")).isEqualTo(language.equals("fa") ? "rtl" : "ltr");
		shot(language, "01-sign-in");

		signIn("finance", "finance-pw");
		shot(language, "02-runs");

		String errorsRun = upload("payouts-errors.xlsx");
		seeTheRowErrorsOfTheErrorsSample(language);
		shot(language, "03-errors-sample");

		String validRun = upload("payouts-valid.xlsx");
		assertThat(this.pages.runStatus()).isEqualTo("VALIDATED");
		assertThat(this.browser.findElements(By.cssSelector("#rows tr[data-status='READY']"))).hasSize(10);
		assertThat(this.browser.findElements(By.id("approve"))).isEmpty();
		shot(language, "04-valid-sample");

		this.browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
		shot(language, "05-signed-out");

		signIn("manager", "manager-pw");
		this.browser.findElement(By.cssSelector("#runs tr[data-run='" + validRun + "'] a")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("approve")));
		assertThat(errorsRun).isNotEqualTo(validRun);
		shot(language, "06-manager-sees-the-run");

		this.browser.findElement(By.id("approve")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-approve")));
		assertThat(this.browser.findElement(By.id("preview-rows")).getText()).isIn("10", "۱۰");
		assertThat(this.browser.findElement(By.id("preview-balance")).getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("reject-reason")).getDomAttribute("required")).isNotNull();
		shot(language, "06b-approve-preview");
		this.browser.findElement(By.id("confirm-approve")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		recordStatusChangesMadeWithoutReloading();
		shot(language, "07-approved-and-paying");
		this.wait.until((page) -> "COMPLETED".equals(this.pages.runStatus()));
		assertThat(seenWithoutReloading()).as("statuses the page showed while it polled").contains("COMPLETED");
		WebElement bar = this.browser.findElement(By.cssSelector("#progress progress"));
		assertThat(bar.getDomProperty("value")).isEqualTo(bar.getDomProperty("max")).isEqualTo("10");
		shot(language, "08-completed");

		this.browser.findElement(By.id("download-result")).click();
		Path workbook = this.wait.until((page) -> downloaded().orElse(null));
		assertThat(workbook.getFileName().toString()).isEqualTo("payouts-valid.result.xlsx");
		assertThat(statuses(workbook)).hasSize(10).containsOnly("PAID");
		this.pages.open("/runs/" + validRun);
		assertThat(this.browser.findElements(By.cssSelector("#audit tr[data-action]")))
			.extracting((row) -> row.getDomAttribute("data-action"))
			.contains("UPLOADED", "APPROVED", "DOWNLOADED");
		shot(language, "09-downloaded");

		seeTheChartsAndFindARow();
		shot(language, "10-charts-and-search");
		seeATitledPayrollValidateRowByRow();
		shot(language, "11-titled-payroll");
	}

	/**
	 * The run page's charts stand beside their tables; a search finds a row by number.
	 */
	private void seeTheChartsAndFindARow() {
		assertThat(this.browser.findElements(By.cssSelector("#status-chart rect"))).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#bank-chart rect"))).isNotEmpty();
		this.browser.findElement(By.id("row-search")).sendKeys("7");
		this.browser.findElement(By.id("filter-submit")).click();
		this.wait.until(ExpectedConditions.urlContains("q=7"));
		assertThat(this.browser.findElements(By.cssSelector("#rows tr[data-row='7']"))).hasSize(1);
	}

	/**
	 * A payroll saved with a title, a date and a note above its header (as a dry run, so
	 * both languages may hand in the same content) validates row by row.
	 */
	private void seeATitledPayrollValidateRowByRow() {
		Path titled = Path.of("src/test/resources/ir/tasvieh/sheet/saved/payroll-titled.xlsx").toAbsolutePath();
		this.browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
		signIn("finance", "finance-pw");
		this.browser.findElement(By.id("nav-upload")).click();
		this.browser.findElement(By.id("file")).sendKeys(titled.toString());
		this.browser.findElement(By.id("dryRun")).click();
		this.browser.findElement(By.id("upload-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches("/runs/\\d+$"));
		this.wait.until((page) -> "DRY_RUN".equals(this.pages.runStatus()));
		assertThat(this.browser.findElements(By.cssSelector("#rows tr[data-row]")))
			.extracting((row) -> row.getDomAttribute("data-row"))
			.containsExactly("6", "7", "8");
	}

	private void signIn(String username, String password) {
		this.pages.signIn(username, password);
		assertThat(this.browser.findElement(By.id("signed-in-as")).getText()).contains(username);
	}

	/** Uploads a sample through the form and returns the id of its run. */
	private String upload(String sample) {
		this.browser.findElement(By.id("nav-upload")).click();
		this.browser.findElement(By.id("file")).sendKeys(SAMPLES.resolve(sample).toString());
		this.browser.findElement(By.id("upload-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches("/runs/\\d+$"));
		String url = this.browser.getCurrentUrl();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/**
	 * Every row the expectation file lists is shown with its status and every code it
	 * expects.
	 */
	private void seeTheRowErrorsOfTheErrorsSample(String language) throws IOException {
		Map<String, String[]> expected = new TreeMap<>();
		List<String> lines = Files.readAllLines(SAMPLES.resolve("payouts-errors.expected.csv"));
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			expected.put(fields[0], new String[] { fields[1], fields[2] });
		}
		for (Map.Entry<String, String[]> row : expected.entrySet()) {
			WebElement shown = this.browser.findElement(By.cssSelector("#rows tr[data-row='" + row.getKey() + "']"));
			assertThat(shown.getDomAttribute("data-status")).as("row %s", row.getKey()).isEqualTo(row.getValue()[0]);
			for (String code : row.getValue()[1].split("\\|")) {
				if (!code.isEmpty()) {
					assertThat(shown.findElements(By.cssSelector("li[data-code='" + code + "']")))
						.as("%s on row %s", code, row.getKey())
						.hasSize(1);
				}
			}
		}
		String message = this.browser.findElement(By.cssSelector("li[data-code='NAME_MISSING'] .message")).getText();
		if (language.equals("fa")) {
			assertThat(message).containsPattern("[\\u0600-\\u06FF]");
			// The column name quoted in a Persian message is isolated, so it reads in
			// order.
			assertThat(this.browser.findElements(By.cssSelector("li[data-code='NAME_MISSING'] .message bdi")))
				.isNotEmpty();
		}
		else {
			assertThat(message).doesNotContainPattern("[\\u0600-\\u06FF]").containsIgnoringCase("name");
		}
	}

	/**
	 * Notes in the tab's session storage (which outlives the page's one reload) every
	 * status the page's script writes into the status label: proof that the progress was
	 * followed on the page itself.
	 */
	private void recordStatusChangesMadeWithoutReloading() {
		((JavascriptExecutor) this.browser).executeScript(
				"""
						var label = document.querySelector('#run-status .status');
						sessionStorage.setItem('seen', '');
						new MutationObserver(function () {
						  sessionStorage.setItem('seen', sessionStorage.getItem('seen') + ' ' + label.getAttribute('data-status'));
						}).observe(label, { attributes: true, attributeFilter: ['data-status'] });
						""");
	}

	private List<String> seenWithoutReloading() {
		Object seen = ((JavascriptExecutor) this.browser).executeScript("return sessionStorage.getItem('seen');");
		return (seen != null) ? List.of(seen.toString().trim().split("\\s+")) : List.of();
	}

	/** The workbook once Chromium has finished writing it (no partial download left). */
	private Optional<Path> downloaded() {
		try (Stream<Path> files = Files.list(this.downloads)) {
			List<Path> all = files.toList();
			if (all.stream().anyMatch((file) -> file.getFileName().toString().endsWith(".crdownload"))) {
				return Optional.empty();
			}
			for (Path file : all) {
				if (file.getFileName().toString().endsWith(".xlsx") && Files.size(file) > 0) {
					return Optional.of(file);
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static List<String> statuses(Path workbook) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter text = new DataFormatter();
			Row header = sheet.getRow(sheet.getFirstRowNum());
			int status = -1;
			for (int c = 0; c < header.getLastCellNum(); c++) {
				if ("Status".equals(text.formatCellValue(header.getCell(c)))) {
					status = c;
				}
			}
			assertThat(status).as("the Status column").isNotNegative();
			int column = status;
			return Stream.iterate(sheet.getFirstRowNum() + 1, (r) -> r <= sheet.getLastRowNum(), (r) -> r + 1)
				.map(sheet::getRow)
				.filter((row) -> row != null)
				.map((row) -> text.formatCellValue(row.getCell(column)))
				.toList();
		}
	}

	private String attribute(String css, String name) {
		return this.browser.findElement(By.cssSelector(css)).getDomAttribute(name);
	}

	private void shot(String language, String step) {
		Chromium.screenshot(this.browser, language + "-" + step);
	}

}
