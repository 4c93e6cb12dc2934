package ir.tasvieh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A manager stops a run half-way with the stop button, and two managers settle payouts in
 * doubt from the run page (docs/SPEC.md sections 6.1 and 9.7), in a real headless
 * Chromium, in Persian and in English. The built-in sandbox answers slowly for the stop,
 * and loses calls and answers inquiries unclearly for the doubt. Each step leaves a
 * screenshot under {@code target/screenshots/}.
 */
@ExtendWith(Chromium.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.tracking.poll-interval=300ms", "tasvieh.approval.follow-for=PT1S",
				"tasvieh.tracking.attention-after=PT2S", "tasvieh.nextpay.concurrency=1",
				"tasvieh.nextpay.group-size=1" })
@WebTestUsers
class DoubtAndStopBrowserIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044", "IR200170000000000123456789", "IR260220170001010001101001",
			"IR160120000000001234567890" };

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	private WebDriver browser;

	private WebDriverWait wait;

	private BrowserPages pages;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws IOException {
		Path dir = Files.createTempDirectory("tasvieh-browser-doubt");
		registry.add("tasvieh.upload.dir", () -> dir.resolve("uploads").toString());
		registry.add("tasvieh.web.out-dir", () -> dir.resolve("output").toString());
	}

	@BeforeEach
	void startTheBrowser() {
		sandbox(Map.of("reset", true));
		this.browser = Chromium.start(this.dir);
		this.pages = new BrowserPages(this.browser, this.port);
		this.wait = this.pages.waiting();
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		sandbox(Map.of("reset", true));
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "fa", "en" })
	void aManagerStopsARunHalfWayAndItsRowsNeverSentAreCanceledSayingWhoAndWhy(String language) throws Exception {
		String prefix = "STOP-" + language + "-" + System.nanoTime();
		// Six calls of 3 s each, one at a time: the run is still paying when the manager
		// has
		// typed the reason, even on a busy machine.
		sandbox(Map.of("delay", "3000ms"));
		String run = approvedBy("manager", language, sheet(prefix, 6));
		this.wait.until((page) -> List.of("PAYING", "TRACKING").contains(this.pages.runStatus()));
		shot(language, "stop-01-paying");

		this.browser.findElement(By.cssSelector("#stop summary")).click();
		String reason = language.equals("fa") ? "برگهٔ اشتباه فرستاده شد" : "the wrong sheet was approved";
		this.browser.findElement(By.id("stop-reason")).sendKeys(reason);
		assertThat(this.browser.findElement(By.id("stop-confirm")).getDomAttribute("required")).isNotNull();
		shot(language, "stop-02-reason-and-confirmation");
		this.browser.findElement(By.id("stop-confirm")).click();
		this.browser.findElement(By.id("stop-submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		this.wait.until((page) -> "STOPPED".equals(this.pages.runStatus()));
		shot(language, "stop-03-stopped");

		// Rows claimed before the stop but not yet on the wire meet the closed gate.
		this.wait.until((page) -> reloaded(run) && !rowStatuses().contains("SUBMITTING"));
		List<WebElement> canceled = this.browser.findElements(By.cssSelector("#rows tr[data-status='CANCELED']"));
		assertThat(canceled).as("rows never sent").isNotEmpty();
		assertThat(canceled)
			.allSatisfy((row) -> assertThat(row.findElement(By.cssSelector(".reason .provider-words")).getText())
				.contains("stopped by manager before sending")
				.contains(reason));
		assertThat(this.browser.findElements(By.id("stop"))).as("a stopped run has no stop button").isEmpty();
		int sent = 6 - canceled.size();
		// Nothing is sent after the stop: each row sent was called once, the rest never.
		for (int i = 0; i < 6; i++) {
			assertThat(checkoutCalls(prefix + "-" + i)).as("checkout calls of row %d", i + 2).isLessThanOrEqualTo(1);
		}
		assertThat(IntStream.range(0, 6).map((i) -> checkoutCalls(prefix + "-" + i)).sum()).isEqualTo(sent);
		shot(language, "stop-04-rows-canceled");
	}

	@Test
	void aRunEndingWhileTheStopReasonIsTypedKeepsTheWordsAndTheStopSaysWhyItCannot() throws Exception {
		String prefix = "ENDS-" + System.nanoTime();
		sandbox(Map.of("delay", "1500ms"));
		String run = approvedBy("manager", "en", sheet(prefix, 2));
		this.wait.until((page) -> List.of("PAYING", "TRACKING").contains(this.pages.runStatus()));
		this.browser.findElement(By.cssSelector("#stop summary")).click();
		this.browser.findElement(By.id("stop-reason")).sendKeys("a second look");
		// The page's script would reload the page once the run ends; a mark on this page
		// tells whether it did.
		((JavascriptExecutor) this.browser).executeScript("window.tasviehStillThisPage = true;");

		this.wait.until((page) -> "COMPLETED".equals(this.pages.runStatus()));
		await("the page to keep the typed reason").during(Duration.ofSeconds(3))
			.atMost(Duration.ofSeconds(10))
			.until(() -> Boolean.TRUE
				.equals(((JavascriptExecutor) this.browser).executeScript("return window.tasviehStillThisPage;")));
		assertThat(this.browser.findElement(By.id("stop-reason")).getDomProperty("value")).isEqualTo("a second look");
		shot("en", "ends-01-reason-kept");

		this.browser.findElement(By.id("stop-confirm")).click();
		this.browser.findElement(By.id("stop-submit")).click();
		WebElement notice = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		assertThat(notice.getDomAttribute("class")).contains("error");
		assertThat(notice.getText()).contains("COMPLETED");
		assertThat(this.pages.runStatus()).isEqualTo("COMPLETED");
		assertThat(rowStatuses()).containsExactly("PAID", "PAID");
		shot("en", "ends-02-not-stoppable");
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "fa", "en" })
	void twoManagersSettleRowsInDoubtFromTheRunPage(String language) throws Exception {
		String prefix = "DOUBT-" + language + "-" + System.nanoTime();
		sandbox(Map.of("failEveryNth5xx", 1, "unclearInquiries", "unknown"));
		String run = approvedBy("manager", language, sheet(prefix, 3));
		this.wait.until((page) -> reloaded(run) && "TRACKING".equals(this.pages.runStatus())
				&& !this.browser.findElements(By.id("needs-attention")).isEmpty());
		sandbox(Map.of("failEveryNth5xx", 0));
		assertThat(rowStatuses()).containsExactly("UNKNOWN", "UNKNOWN", "UNKNOWN");
		assertThat(this.browser.findElements(By.cssSelector("#in-doubt-rows tr[data-row]"))).hasSize(3);
		shot(language, "doubt-01-needs-attention");

		assertThat(new Select(this.browser.findElement(By.id("decision-outcome"))).getOptions())
			.extracting(WebElement::getText)
			.allSatisfy((option) -> assertThat(option).doesNotContain("??"))
			.anySatisfy((option) -> assertThat(option).startsWith("NOT_RECEIVED: ")
				.containsPattern(language.equals("fa") ? "[\\u0600-\\u06FF]" : "not received"));
		decide(List.of(2, 3), "NOT_RECEIVED", "not in NextPay's panel");
		decide(List.of(4), "FAILED", "NextPay's panel shows it failed");
		assertThat(decisionStatuses()).containsExactly("PROPOSED", "PROPOSED");
		assertThat(this.browser.findElements(By.cssSelector(".confirm-decision")))
			.as("the proposer may not confirm his own decisions")
			.isEmpty();
		shot(language, "doubt-02-proposed");

		signOut();
		this.pages.signIn("mehdi", "mehdi-pw");
		assertThat(this.browser.findElements(By.cssSelector("#proposed-decisions tr[data-decision]"))).hasSize(2);
		shot(language, "doubt-03-waiting-on-the-home-page");
		// While the rows not received are sent again (or the refresh timer asks about
		// them) the run is busy and a confirmation is refused at once (RUN_BUSY): the
		// manager confirms again.
		confirmUntilApplied(run, 1);
		assertThat(decisionStatuses()).containsExactly("APPLIED", "PROPOSED");
		shot(language, "doubt-04-first-confirmed");
		confirmUntilApplied(run, 2);
		shot(language, "doubt-05-both-confirmed");

		this.wait.until((page) -> reloaded(run) && rowStatuses().equals(List.of("PAID", "PAID", "FAILED")));
		assertThat(this.browser.findElement(By.cssSelector("#rows tr[data-row='4'] .reason .provider-words")).getText())
			.contains("NextPay's panel shows it failed")
			.contains("manager")
			.contains("mehdi");
		assertThat(this.browser.findElements(By.id("in-doubt-rows"))).isEmpty();
		assertThat(checkoutCalls(prefix + "-0")).as("row 2: lost, then sent once more").isEqualTo(2);
		assertThat(checkoutCalls(prefix + "-2")).as("row 4: lost, never sent again").isEqualTo(1);
		shot(language, "doubt-06-settled");
	}

	/** Confirms the first proposed decision on the run page until so many are applied. */
	private void confirmUntilApplied(String run, int applied) {
		this.wait.until((page) -> {
			this.pages.open("/runs/" + run);
			if (decisionStatuses().stream().filter("APPLIED"::equals).count() >= applied) {
				return true;
			}
			this.browser.findElement(By.cssSelector("#decisions tr[data-status='PROPOSED'] .confirm-decision")).click();
			new WebDriverWait(this.browser, PATIENCE)
				.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
			return false;
		});
	}

	/** Proposes a decision on rows in doubt through the run page's form. */
	private void decide(List<Integer> rows, String outcome, String note) {
		for (int row : rows) {
			this.browser.findElement(By.id("doubt-row-" + row)).click();
		}
		new Select(this.browser.findElement(By.id("decision-outcome"))).selectByValue(outcome);
		this.browser.findElement(By.id("decision-note")).sendKeys(note);
		int before = this.browser.findElements(By.cssSelector("#decisions tr[data-decision]")).size();
		this.browser.findElement(By.id("decide-submit")).click();
		this.wait.until((page) -> this.browser.findElements(By.cssSelector("#decisions tr[data-decision]"))
			.size() == before + 1);
	}

	/**
	 * Finance hands the sheet in, the manager approves it through the preview; returns
	 * the run's id, the manager on its page.
	 */
	private String approvedBy(String manager, String language, Path sheet) {
		this.pages.open("/lang?l=" + language);
		this.wait.until(ExpectedConditions.urlContains("/login"));
		this.pages.signIn("finance", "finance-pw");
		this.browser.findElement(By.id("nav-upload")).click();
		this.browser.findElement(By.id("file")).sendKeys(sheet.toString());
		this.browser.findElement(By.id("upload-submit")).click();
		this.wait.until(ExpectedConditions.urlMatches("/runs/\\d+$"));
		String url = this.browser.getCurrentUrl();
		String run = url.substring(url.lastIndexOf('/') + 1);
		this.wait.until((page) -> reloaded(run) && "VALIDATED".equals(this.pages.runStatus()));
		signOut();
		this.pages.signIn(manager, manager + "-pw");
		this.pages.open("/runs/" + run);
		this.browser.findElement(By.id("approve")).click();
		this.wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-approve"))).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notice")));
		return run;
	}

	private Path sheet(String prefix, int rows) throws IOException {
		long n = System.nanoTime() % 1000;
		StringBuilder csv = new StringBuilder("name,sheba,amount,tracker\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Payee ")
				.append(i)
				.append(',')
				.append(SHEBAS[i])
				.append(',')
				.append(1_000_000L * (i + 1) + n)
				.append(',')
				.append(prefix)
				.append('-')
				.append(i)
				.append('\n');
		}
		return Files.writeString(this.dir.resolve(prefix + ".csv"), csv, StandardCharsets.UTF_8);
	}

	private void signOut() {
		this.browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-logout")));
	}

	/** Opens the run page afresh; always true, so it can lead a wait's condition. */
	private boolean reloaded(String run) {
		this.pages.open("/runs/" + run);
		return true;
	}

	private List<String> rowStatuses() {
		return this.browser.findElements(By.cssSelector("#rows tr[data-row]"))
			.stream()
			.map((row) -> row.getDomAttribute("data-status"))
			.toList();
	}

	private List<String> decisionStatuses() {
		return this.browser.findElements(By.cssSelector("#decisions tr[data-decision]"))
			.stream()
			.map((row) -> row.getDomAttribute("data-status"))
			.toList();
	}

	/** How many checkout calls the sandbox received for a tracker. */
	private int checkoutCalls(String tracker) {
		return (int) RestClient.create("http://127.0.0.1:" + this.port + "/sandbox")
			.get()
			.uri("/nextpay/_requests?tracker={tracker}", tracker)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.stream()
			.filter((request) -> String.valueOf(request.get("operation")).startsWith("checkout"))
			.count();
	}

	private void sandbox(Map<String, Object> knobs) {
		RestClient.create("http://127.0.0.1:" + this.port + "/sandbox")
			.post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	private void shot(String language, String step) {
		Chromium.screenshot(this.browser, language + "-" + step);
	}

}
