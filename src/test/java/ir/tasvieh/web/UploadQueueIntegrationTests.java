package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ir.tasvieh.run.AuditEntry;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Uploads are validated one at a time here ({@code concurrent-validations=1}) and
 * answered within half a second: a sheet whose validation is held up (a row named
 * {@code Held…}, see {@link HeldValidations}) keeps the one slot, so the sheets uploaded
 * after it wait their turn where the API and the pages can be seen showing it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.upload.concurrent-validations=1", "tasvieh.upload.answer-within=PT0.5S",
				"tasvieh.upload.dir=target/upload-queue-tests/uploads",
				"tasvieh.web.out-dir=target/upload-queue-tests/output" })
@WebTestUsers
@AutoConfigureMockMvc
@Import(HeldValidations.class)
class UploadQueueIntegrationTests {

	private static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044" };

	private static final AtomicInteger sheets = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Runs runs;

	ApiClient finance;

	@BeforeEach
	void holdValidations() {
		this.finance = new ApiClient(this.port, "fatemeh", "fatemeh-pw");
		HeldValidations.hold();
	}

	@AfterEach
	void letEveryValidationEnd() {
		HeldValidations.release();
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(
					() -> assertThat(this.runs.list(50)).noneMatch((run) -> run.status() == RunStatus.VALIDATING));
	}

	@Test
	void moreUploadsThanSlotsWaitTheirTurnVisiblyAndAllEndValidated() {
		long first = this.finance.uploadedWhileValidating(sheet(true));
		long second = this.finance.uploadedWhileValidating(sheet(false));
		long third = this.finance.uploadedWhileValidating(sheet(false));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.finance.run(first)).contains("\"status\":\"VALIDATING\"", "\"queuePosition\":0");
			assertThat(this.finance.run(second)).contains("\"status\":\"VALIDATING\"", "\"queuePosition\":1");
			assertThat(this.finance.run(third)).contains("\"status\":\"VALIDATING\"", "\"queuePosition\":2");
		});
		String list = this.finance.get("/api/runs?limit=3").body();
		assertThat(JsonPath.<java.util.List<Integer>>read(list, "$[*].queuePosition")).containsExactly(2, 1, 0);

		HeldValidations.release();

		for (long id : new long[] { first, second, third }) {
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(this.finance.run(id)).contains("\"status\":\"VALIDATED\""));
			assertThat(this.finance.run(id)).contains("\"queuePosition\":null");
		}
	}

	@Test
	void aSheetRejectedAsAWholeAfterItsUploadWasAnsweredEndsRejectedWithItsReason() throws Exception {
		this.finance.uploadedWhileValidating(sheet(true));
		byte[] notASheet = ("hello,world\n" + System.nanoTime() + ",2\n").getBytes(StandardCharsets.UTF_8);
		ApiClient.Answer answered = this.finance.upload("notes.csv", notASheet);
		assertThat(answered.status()).isEqualTo(201);
		assertThat(answered.body()).contains("\"status\":\"VALIDATING\"", "\"queuePosition\":1");
		long id = ((Number) JsonPath.read(answered.body(), "$.id")).longValue();

		HeldValidations.release();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.finance.run(id)).contains("\"status\":\"REJECTED\""));
		String message = JsonPath.read(this.finance.run(id), "$.message");
		assertThat(message).contains("notes.csv", "فایل");
		assertThat(this.runs.auditTrail(id)).extracting(AuditEntry::action).contains("SHEET_REJECTED");
		assertThat(page("/runs/" + id, null)).contains("id=\"run-message\"", "notes.csv");
		// Rejected as a whole, it never counts as run: the same content is refused for
		// what it is, not as already run.
		ApiClient.Answer again = this.finance.upload("notes.csv", notASheet);
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.body()).contains("SHEET_REJECTED");
	}

	@Test
	void theRunPageShowsAQueuedSheetsPlaceInPersianAndEnglish() throws Exception {
		long validating = this.finance.uploadedWhileValidating(sheet(true));
		MvcResult uploaded = this.mvc
			.perform(multipart("/runs").file(new MockMultipartFile("file", "queued.csv", "text/csv", sheet(false)))
				.param("provider", "nextpay")
				.with(user("fatemeh").roles("FINANCE"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", Notice.ok("upload.queued")))
			.andReturn();
		long queued = Long.parseLong(uploaded.getResponse().getRedirectedUrl().substring("/runs/".length()));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(page("/runs/" + queued, null)).contains("id=\"run-queue\"",
					"در نوبت بررسی: شمارهٔ ۱ در صف", "data-live=\"true\""));
		assertThat(page("/runs/" + queued, new Cookie(PageLocales.COOKIE, "en")))
			.contains("Waiting its turn to be validated: number 1 in the queue");
		assertThat(page("/runs/" + validating, new Cookie(PageLocales.COOKIE, "en"))).contains("Being validated now");
		assertThat(page("/runs/" + queued + "/progress", null)).contains("\"status\":\"VALIDATING\"", "در نوبت بررسی");

		HeldValidations.release();

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(page("/runs/" + queued, null)).doesNotContain("id=\"run-queue\""));
	}

	private String page(String path, Cookie language) throws Exception {
		var request = get(path).with(user("mehdi").roles("MANAGER"));
		if (language != null) {
			request.cookie(language);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Three payable rows of content no other upload has; the first sheet handed in by a
	 * test also has a row whose validation is held up.
	 */
	private static byte[] sheet(boolean held) {
		int n = sheets.incrementAndGet();
		StringBuilder csv = new StringBuilder("name,sheba,amount\n");
		for (int i = 0; i < SHEBAS.length; i++) {
			csv.append((held && i == 0) ? "Held payee" : "Payee " + i).append(',').append(SHEBAS[i]).append(',');
			csv.append(1_000_000L * (i + 1) + n * 10L + System.nanoTime() % 7).append('\n');
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
