package ir.tasvieh.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import ir.tasvieh.DatabaseText;
import ir.tasvieh.TestSheets;
import ir.tasvieh.sheet.HostileFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pays a sheet of cards through NextPay and a sheet of SHEBAs through Vandar (both the
 * built-in sandbox, configured with credentials as in production), at DEBUG logging, and
 * then looks for the NextPay {@code auth}, every Vandar token, a user's password and
 * every full card number in everything the run left behind: every log line, every file
 * written (workbooks unzipped), the app's HTTP answers (the API, the pages, the sandbox's
 * lists) and every text column of every table. They may be only where they must be: the
 * configuration, the sandbox's own tables (it plays the provider, whose records they
 * are), and the card a payout is paid to (the ledger's {@code payout.destination} and the
 * row's input cells, which the result is written from).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.enabled=true", "tasvieh.nextpay.mode=checkout_on_time",
				"tasvieh.nextpay.wid=leak-test-wid", "tasvieh.vandar.business=leak-test",
				"tasvieh.vandar.access-token=sandbox-access-0", "tasvieh.vandar.refresh-token=sandbox-refresh-0",
				"tasvieh.sandbox.nextpay.queue-time=200ms", "tasvieh.sandbox.nextpay.settle-time=600ms",
				"tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=600ms",
				"tasvieh.tracking.poll-interval=200ms", "logging.level.ir.tasvieh=DEBUG",
				"logging.level.org.springframework.web=DEBUG", "logging.level.org.springframework.http=DEBUG",
				"logging.level.org.springframework.batch=DEBUG", "logging.level.org.springframework.jdbc=DEBUG",
				"logging.level.org.springframework.transaction=DEBUG",
				"logging.level.org.springframework.security=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class SecretsLeakIntegrationTests {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The loggers this test turns to DEBUG; log levels outlive the test's context. */
	private static final List<String> DEBUG_LOGGERS = List.of("ir.tasvieh", "org.springframework.web",
			"org.springframework.http", "org.springframework.batch", "org.springframework.jdbc",
			"org.springframework.transaction", "org.springframework.security");

	private static final Map<String, LogLevel> levelsBefore = new HashMap<>();

	private static final String AUTH = "nextpay-auth-" + HexFormat.of().formatHex(bytes(16));

	private static final String PASSWORD = "leak-pw-" + HexFormat.of().formatHex(bytes(12));

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** The sandbox's own records of what "the provider" was sent and issued. */
	private static final Set<String> PROVIDER_TABLES = Set.of("sandbox_nextpay_checkout", "sandbox_nextpay_request",
			"sandbox_nextpay_wallet", "sandbox_vandar_token", "sandbox_vandar_batch", "sandbox_vandar_item",
			"sandbox_vandar_request", "sandbox_vandar_wallet");

	private static final List<String> CARDS = List.of(card("603799", "1234567"), card("610433", "7654321"),
			card("627353", "1112223"));

	/** A card with a wrong check digit: still a full card number. */
	private static final String BAD_CARD = wrongCheckDigit(card("589210", "5556667"));

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	@BeforeAll
	static void rememberLogLevels() {
		LoggingSystem logging = LoggingSystem.get(SecretsLeakIntegrationTests.class.getClassLoader());
		for (String logger : DEBUG_LOGGERS) {
			LoggerConfiguration configuration = logging.getLoggerConfiguration(logger);
			levelsBefore.put(logger, (configuration != null) ? configuration.getConfiguredLevel() : null);
		}
	}

	/**
	 * Later tests, in other contexts of this JVM, read their own output without DEBUG.
	 */
	@AfterAll
	static void restoreLogLevels() {
		LoggingSystem logging = LoggingSystem.get(SecretsLeakIntegrationTests.class.getClassLoader());
		for (String logger : DEBUG_LOGGERS) {
			logging.setLogLevel(logger, levelsBefore.get(logger));
		}
	}

	@DynamicPropertySource
	static void secrets(DynamicPropertyRegistry registry) {
		registry.add("tasvieh.nextpay.auth", () -> AUTH);
		// A list is bound from one source: the whole user comes from here.
		registry.add("tasvieh.users[0].username", () -> "leak-manager");
		registry.add("tasvieh.users[0].password", () -> "{noop}" + PASSWORD);
		registry.add("tasvieh.users[0].roles", () -> "FINANCE,MANAGER");
		registry.add("tasvieh.secrets.key", () -> Base64.getEncoder().encodeToString(bytes(32)));
	}

	@Test
	void keepsCredentialsTokensAndFullCardNumbersOutOfLogsFilesAnswersAndTheDatabase(CapturedOutput output)
			throws IOException {
		Path out = this.dir.resolve("out");
		assertThat(execute("run", cardSheet().toString(), "--provider", "nextpay", "--out", out.toString(), "--wait",
				"PT60S"))
			.isEqualTo(ExitCodes.SOME_ROWS_NOT_DONE);
		// The access token in force stops working: the next call refreshes and rotates
		// both.
		sandbox().post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("vandarExpireTokensNow", true))
			.retrieve()
			.toBodilessEntity();
		assertThat(execute("run", shebaSheet().toString(), "--provider", "vandar", "--out", out.toString(), "--wait",
				"PT60S"))
			.isEqualTo(ExitCodes.OK);
		assertThat(execute("refresh")).isIn(ExitCodes.OK, ExitCodes.SOME_ROWS_NOT_DONE);

		List<String> tokens = vandarTokensEverIssued();
		assertThat(tokens).as("the tokens were rotated").hasSizeGreaterThan(2);
		String answers = sandbox().get().uri("/nextpay/_requests").retrieve().body(String.class)
				+ sandbox().get().uri("/vandar/_requests").retrieve().body(String.class) + webAnswers();
		String files = filesUnder(out);
		String database = DatabaseText.dump(this.jdbc, PROVIDER_TABLES);
		String ledgerWithoutCardColumns = DatabaseText.dump(this.jdbc, PROVIDER_TABLES,
				Set.of("destination", "input_cells"));

		List<String> secrets = new ArrayList<>(tokens);
		secrets.add(AUTH);
		secrets.add(PASSWORD);
		for (String secret : secrets) {
			assertThat(output.getAll()).as("logs").doesNotContain(secret);
			assertThat(files).as("files").doesNotContain(secret);
			assertThat(answers).as("HTTP answers").doesNotContain(secret);
			assertThat(database).as("database").doesNotContain(secret);
		}
		List<String> cards = new ArrayList<>(CARDS);
		cards.add(BAD_CARD);
		for (String card : cards) {
			assertThat(output.getAll()).as("logs").doesNotContain(card);
			assertThat(files).as("files").doesNotContain(card);
			assertThat(answers).as("HTTP answers").doesNotContain(card);
			assertThat(ledgerWithoutCardColumns).as("database").doesNotContain(card);
			assertThat(files).contains(card.substring(0, 6) + "******" + card.substring(12));
		}
		assertThat(database).as("the card a payout is paid to stays in the ledger").contains(CARDS.get(0));
		assertThat(database).contains("{aes-gcm}");
	}

	private Path cardSheet() throws IOException {
		List<Object[]> rows = new ArrayList<>();
		rows.add(new Object[] { "name", "card", "amount", "description" });
		for (int i = 0; i < CARDS.size(); i++) {
			rows.add(new Object[] { "Payee " + i, CARDS.get(i), Integer.toString(1_000_000 + i), "salary" });
		}
		rows.add(new Object[] { "Numeric Card", Double.parseDouble(CARDS.get(0)), "2000000", "typed as a number" });
		rows.add(new Object[] { "Wrong Check Digit", BAD_CARD, "3000000", "salary" });
		return TestSheets.xlsx(this.dir.resolve("cards.xlsx"), rows.toArray(new Object[0][]));
	}

	private Path shebaSheet() throws IOException {
		return HostileFiles.csv(this.dir.resolve("shebas.csv"), "name,sheba,amount\nSara Ahmadi," + HostileFiles.SHEBA
				+ ",1500000\nReza Karimi,IR550570022080013447370101,2500000\n", StandardCharsets.UTF_8);
	}

	/**
	 * What the web app answers about the two runs: the API (basic authentication) and the
	 * pages (signed in with the form).
	 */
	private String webAnswers() throws IOException {
		StringBuilder answers = new StringBuilder();
		RestClient api = RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders((headers) -> headers.setBasicAuth("leak-manager", PASSWORD))
			.build();
		answers.append(api.get().uri("/api/runs").retrieve().body(String.class));
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.build();
		Matcher csrf = CSRF.matcher(page(browser, "/login"));
		assertThat(csrf.find()).isTrue();
		send(browser,
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(BodyPublishers.ofString("username=leak-manager&password=" + PASSWORD + "&_csrf="
							+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))));
		answers.append(page(browser, "/runs"));
		for (long run : List.of(1L, 2L)) {
			answers.append(api.get().uri("/api/runs/{id}", run).retrieve().body(String.class));
			answers.append(api.get().uri("/api/runs/{id}/rows?size=100", run).retrieve().body(String.class));
			String runPage = page(browser, "/runs/" + run);
			assertThat(runPage).contains("PAID");
			answers.append(runPage).append(page(browser, "/runs/" + run + "/progress"));
		}
		return answers.toString();
	}

	private String page(HttpClient browser, String path) throws IOException {
		return send(browser, HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET());
	}

	private static String send(HttpClient browser, HttpRequest.Builder request) throws IOException {
		try {
			return browser.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	/**
	 * Every pair the sandbox issued: generation 0 (configured) up to the one in force.
	 */
	private List<String> vandarTokensEverIssued() {
		Integer generation = this.jdbc.queryForObject("SELECT generation FROM sandbox_vandar_token WHERE id = 1",
				Integer.class);
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i <= generation; i++) {
			tokens.add("sandbox-access-" + i);
			tokens.add("sandbox-refresh-" + i);
		}
		return tokens;
	}

	/** Every file's bytes as text, workbooks (zips) unpacked entry by entry. */
	private static String filesUnder(Path root) throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				if (file.getFileName().toString().endsWith(".xlsx")) {
					try (ZipFile zip = new ZipFile(file.toFile())) {
						for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
							try (InputStream in = zip.getInputStream(entry)) {
								text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
							}
						}
					}
				}
				else {
					text.append(Files.readString(file, StandardCharsets.ISO_8859_1)).append('\n');
				}
			}
		}
		return text.toString();
	}

	private RestClient sandbox() {
		return RestClient.create("http://127.0.0.1:" + this.port + "/sandbox");
	}

	private int execute(String... args) {
		return CommandLineEntry.commandLine(this.context).execute(args);
	}

	/** A 16-digit card number with a valid Luhn check digit. */
	private static String card(String bin, String serial) {
		String body = bin + serial + "00";
		body = body.substring(0, 15);
		int sum = 0;
		for (int i = 0; i < 15; i++) {
			int digit = body.charAt(14 - i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				digit -= (digit > 9) ? 9 : 0;
			}
			sum += digit;
		}
		return body + ((10 - sum % 10) % 10);
	}

	private static String wrongCheckDigit(String card) {
		int last = card.charAt(15) - '0';
		return card.substring(0, 15) + ((last + 1) % 10);
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
