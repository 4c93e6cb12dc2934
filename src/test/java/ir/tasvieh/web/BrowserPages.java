package ir.tasvieh.web;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps every browser test takes on tasvieh's pages, whatever it checks: sign in,
 * open a page, read a run's status, wait with the same patience.
 */
final class BrowserPages {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private final WebDriver browser;

	private final int port;

	private final WebDriverWait wait;

	BrowserPages(WebDriver browser, int port) {
		this.browser = browser;
		this.port = port;
		this.wait = new WebDriverWait(browser, PATIENCE);
		// Pages that refresh their rows replace elements while a test reads them.
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	WebDriverWait waiting() {
		return this.wait;
	}

	void signIn(String username, String password) {
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("sign-in")).click();
		this.wait.until(ExpectedConditions.urlMatches("/runs(\\?continue)?$"));
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	String runStatus() {
		return this.browser.findElement(By.cssSelector("#run-status .status")).getDomAttribute("data-status");
	}

}
