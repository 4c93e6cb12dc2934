package ir.tasvieh.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through its own chromedriver, never a downloaded one
 * (Selenium Manager is never asked: both paths are given). Without them a test class
 * using this extension is skipped with a message saying how to get them, and fails
 * instead when {@code CI=true}, where {@code .ci/run} installs them.
 */
final class Chromium implements ExecutionCondition {

	static final File BINARY = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	static final String HOW = "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver),"
			+ " or run everything with: CI=true bash .ci/run";

	static boolean present() {
		return BINARY.canExecute() && DRIVER.canExecute();
	}

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (present()) {
			return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
		}
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			// Runs, so that the test fails on the missing browser instead of passing
			// unseen.
			return ConditionEvaluationResult.enabled("CI=true: a missing browser fails the test");
		}
		return ConditionEvaluationResult.disabled("Skipped: no " + BINARY + " and " + DRIVER + " here; " + HOW);
	}

	/** A headless browser that saves downloads into the given folder without asking. */
	static WebDriver start(Path downloads) {
		if (!present()) {
			throw new IllegalStateException("The browser test needs " + BINARY + " and " + DRIVER + ": " + HOW);
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
		prefs.put("download.prompt_for_download", false);
		prefs.put("download.directory_upgrade", true);
		prefs.put("safebrowsing.enabled", false);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

	/**
	 * Saves the whole page, not only the window, as
	 * {@code target/screenshots/<name>.png}: a run's rows are below the fold.
	 */
	static void screenshot(WebDriver driver, String name) {
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), wholePage(driver));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not save the screenshot " + name, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static byte[] wholePage(WebDriver driver) {
		if (!(driver instanceof ChromeDriver chrome)) {
			return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
		}
		Map<String, Object> size = (Map<String, Object>) chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of())
			.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = chrome.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		return Base64.getDecoder().decode((String) shot.get("data"));
	}

}
