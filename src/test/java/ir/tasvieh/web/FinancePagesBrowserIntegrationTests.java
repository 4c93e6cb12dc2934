package ir.tasvieh.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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

import ir.tasvieh.calendar.JalaliDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages finance and managers live in (issue 18), in a real headless Chromium, once in
 * Persian and once in English: a payroll saved with a title above its header validates
 * row by row and is searched; a Persian message quoting a Latin value reads in order
 * ({@code <bdi>}, Persian digits); a manager approves with the rows, rials, fees and
 * balance in view and rejects with a reason; the run page's charts and the home page's
 * last 30 days. Each step leaves a screenshot under {@code target/screenshots/}.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=300ms", "tasvieh.sandbox.nextpay.settle-time=1s",
				"tasvieh.tracking.poll-interval=300ms" })
@WebTestUsers
// Each language starts on a database of its own: the sheets would otherwise be "already
// run".
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class FinancePagesBrowserIntegrationTests {

	private static final Path TITLED = Path.of("src/test/resources/ir/tasvieh/sheet/saved/payroll-titled.xlsx")
		.toAbsolutePath();

	private static final Path ERRORS = Path.of("samples", "payouts-errors.xlsx").toAbsolutePath();

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	private WebDriver browser;

	private WebDriverWait wait;

	private BrowserPages pages;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("tasvieh-finance-pages");
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
	void financeAndAManagerWorkThroughTheirPages(String language) {
		this.browser = Chromium.start(this.downloads);
		this.pages = new BrowserPages(this.browser, this.port);
		this.wait = this.pages.waiting();
		boolean persian = language.equals("fa");

		this.pages.open("/lang?l=" + language);
		this.wait.until(ExpectedConditions.urlContains("/login"));
		this.pages.signIn("finance", "finance-pw");

		this.browser.findElement(By.id("nav-upload")).click();
		assertThat(text("upload-limits")).contains(".xlsx", ".xls", ".csv")
			.containsPattern(persian ? "[۰-۹]+" : "50MB");
		shot(language, "01-upload-limits");
		String titledRun = upload(TITLED);
		assertThat(rowNumbers()).containsExactly("6", "7", "8");
		int ready = this.browser.findElements(By.cssSelector("#rows tr[data-status='READY']")).size();
		assertThat(ready).isPositive();
		shot(language, "02-titled-payroll");

		this.browser.findElement(By.id("row-search")).sendKeys("sara");
		this.browser.findElement(By.id("filter-submit")).click();
		this.wait.until(ExpectedConditions.urlContains("q="));
		assertThat(rowNumbers()).containsExactly("7");
		shot(language, "03-search");

		String errorsRun = upload(ERRORS);
		readAPersianMessageInOrder(persian);
		shot(language, "04-isolated-message");

		this.browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
		this.pages.signIn("manager", "manager-pw");

		this.pages.open("/runs/" + errorsRun);
		this.browser.findElement(By.id("reject")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-reject")));
		WebElement reason = this.browser.findElement(By.id("reject-reason"));
		assertThat(reason.getDomAttribute("required")).isNotNull();
		String why = persian ? "ردیف‌های نامعتبر را اصلاح کنید" : "Fix the invalid rows first";
		reason.sendKeys(why);
		shot(language, "05-reject-reason");
		this.browser.findElement(By.id("confirm-reject")).click();
		this.wait.until((page) -> "REJECTED".equals(this.pages.runStatus()));
		assertThat(this.browser.findElement(By.cssSelector("#audit tr[data-action='REJECTED']")).getText())
			.contains(why);
		shot(language, "06-rejected");

		this.pages.open("/runs/" + titledRun);
		this.browser.findElement(By.id("approve")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-approve")));
		assertThat(text("preview-rows")).isEqualTo(digits(ready, persian));
		assertThat(text("preview-total")).containsPattern(persian ? "[۱-۹]" : "[1-9]");
		assertThat(text("preview-fees")).isNotBlank();
		assertThat(text("preview-balance")).isNotBlank();
		shot(language, "07-approve-preview");
		this.browser.findElement(By.id("confirm-approve")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		this.wait.until((page) -> {
			page.navigate().refresh();
			return "COMPLETED".equals(this.pages.runStatus());
		});

		assertThat(this.browser.findElements(By.cssSelector("#status-chart rect"))).isNotEmpty();
		assertThat(this.browser.findElements(By.cssSelector("#bank-chart rect"))).isNotEmpty();
		assertThat(this.browser.findElement(By.cssSelector("#by-status tr[data-status='PAID']")).getText())
			.contains(digits(ready, persian));
		scrollTo("status-chart");
		shot(language, "08-run-charts");

		this.browser.findElement(By.id("nav-home")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("overview-chart")));
		assertThat(this.browser.findElements(By.cssSelector("#overview-chart rect.overview-paid"))).isNotEmpty();
		WebElement today = this.browser
			.findElement(By.cssSelector("#overview-days tr[data-day='" + LocalDate.now(JalaliDates.TEHRAN) + "']"));
		assertThat(today.findElement(By.cssSelector("td:nth-child(2)")).getDomAttribute("data-rows"))
			.isEqualTo(String.valueOf(ready));
		if (persian) {
			assertThat(today.getText()).containsPattern("۱۴[۰-۹]{2}-[۰-۹]{2}-[۰-۹]{2}").doesNotContainPattern("[0-9]");
		}
		else {
			assertThat(today.getText()).containsPattern("14\\d\\d-\\d\\d-\\d\\d");
		}
		// The page fits the window: a shot of the window, as the whole-page capture
		// offsets a short right-to-left page.
		windowShot(language, "09-home-overview");
	}

	/**
	 * A Persian message that quotes a column name and a Latin value reads in order: each
	 * quoted part is a {@code <bdi>} of its own, and the sentence's numbers are in
	 * Persian digits.
	 */
	private void readAPersianMessageInOrder(boolean persian) {
		WebElement message = this.browser.findElement(By.cssSelector("li[data-code='SHEBA_FORMAT'] .message"));
		List<String> isolated = message.findElements(By.tagName("bdi")).stream().map(WebElement::getText).toList();
		if (!persian) {
			assertThat(message.getText()).doesNotContainPattern("[\\u0600-\\u06FF]");
			return;
		}
		assertThat(isolated).as("the column name and the value, each isolated").hasSizeGreaterThanOrEqualTo(2);
		assertThat(isolated).anyMatch((part) -> part.matches(".*[A-Za-z].*"));
		String outside = (String) ((JavascriptExecutor) this.browser)
			.executeScript("var copy = arguments[0].cloneNode(true);"
					+ " copy.querySelectorAll('bdi').forEach(function (b) { b.remove(); });"
					+ " return copy.textContent;", message);
		assertThat(outside).containsPattern("[\\u0600-\\u06FF]")
			.containsPattern("[۰-۹]")
			.doesNotContainPattern("[0-9]");
	}

	private static String digits(int value, boolean persian) {
		String text = String.valueOf(value);
		return persian
				? text.chars().mapToObj((c) -> String.valueOf((char) ('۰' + (c - '0')))).reduce("", String::concat)
				: text;
	}

	/** Hands a sheet in through the form and returns its run once validated. */
	private String upload(Path sheet) {
		this.browser.findElement(By.id("nav-upload")).click();
		this.browser.findElement(By.id("file")).sendKeys(sheet.toString());
		this.browser.findElement(By.id("upload-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches("/runs/\\d+$"));
		this.wait.until((page) -> {
			if ("VALIDATING".equals(this.pages.runStatus())) {
				page.navigate().refresh();
				return false;
			}
			return true;
		});
		String url = this.browser.getCurrentUrl();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private List<String> rowNumbers() {
		return this.browser.findElements(By.cssSelector("#rows tr[data-row]"))
			.stream()
			.map((row) -> row.getDomAttribute("data-row"))
			.toList();
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void scrollTo(String id) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].scrollIntoView();",
				this.browser.findElement(By.id(id)));
	}

	private void windowShot(String language, String step) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "screenshots"));
			Files.write(folder.resolve("finance-pages-" + language + "-" + step + ".png"),
					((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + step, ex);
		}
	}

	private void shot(String language, String step) {
		Chromium.screenshot(this.browser, "finance-pages-" + language + "-" + step);
	}

}
