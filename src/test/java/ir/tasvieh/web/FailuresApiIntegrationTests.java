package ir.tasvieh.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every failure says why, and a run with failures says so (SPEC 5, 7, 9.2, 9.4): a run
 * paid on the built-in sandbox, which fails the rows whose tracker starts with
 * {@code API-FAIL-}, through the API, its page and its result workbook. The same context
 * as {@link RunsApiIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.sandbox.nextpay.fail-trackers-matching=^API-FAIL-.*",
				"tasvieh.upload.dir=target/api-tests/uploads", "tasvieh.web.out-dir=target/api-tests/output" })
@WebTestUsers
@AutoConfigureMockMvc
class FailuresApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRunWithFailedRowsIsCompletedWithFailuresAndEachFailedRowSaysWhyInTheApiAndOnItsPage() throws Exception {
		long id = paidWithOneFailedRow();

		this.mvc.perform(get("/api/runs/" + id).with(finance()))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.outcome").value("COMPLETED_WITH_FAILURES"))
			.andExpect(jsonPath("$.needsAttention").value(false))
			.andExpect(jsonPath("$.feesIrr").isNumber())
			.andExpect(jsonPath("$.counts.FAILED").value(1));
		MvcResult rows = this.mvc.perform(get("/api/runs/" + id + "/rows").with(finance()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].status").value("FAILED"))
			.andExpect(jsonPath("$.rows[1].status").value("PAID"))
			.andExpect(jsonPath("$.rows[1].reason").value(nullValue()))
			.andReturn();
		String reason = JsonPath.read(rows.getResponse().getContentAsString(), "$.rows[0].reason");
		assertThat(reason).as("the sandbox's own words").startsWith("Failed").contains("withdrawal request has failed");
		this.mvc.perform(get("/api/runs/" + id + "/rows?status=FAILED").with(finance()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.rows[0].reason").value(reason));

		String page = this.mvc
			.perform(get("/runs/" + id).with(user("mehdi").roles("MANAGER")).cookie(PagesIntegrationTests.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("run-COMPLETED_WITH_FAILURES", "data-status=\"COMPLETED_WITH_FAILURES\"")
			.doesNotContain("class=\"status run-COMPLETED\"")
			.contains(HtmlUtils.htmlEscape(reason))
			.contains("id=\"retry\"", "id=\"failed-rows\"", "status=FAILED#rows")
			.contains("class=\"bar failed-share\"", "value=\"1\"")
			.contains("Completed with failures", "See the failed rows", "Failed, canceled or reversed: 1");
		String persian = this.mvc.perform(get("/runs/" + id).with(user("mehdi").roles("MANAGER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(persian).contains("پایان‌یافته، با ردیف‌های ناموفق", "دیدن ردیف‌های ناموفق", "چرا:")
			.contains(HtmlUtils.htmlEscape(reason));
		String list = this.mvc.perform(get("/runs").with(user("mehdi").roles("MANAGER")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("run-COMPLETED_WITH_FAILURES");
	}

	@Test
	void theSummarySheetNamesTheUploaderAndTheManagerWhoApproved() throws Exception {
		long id = paidWithOneFailedRow();

		MvcResult download = this.mvc.perform(get("/api/runs/" + id + "/result").with(manager()))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult rows = this.mvc.perform(get("/api/runs/" + id + "/rows").with(finance())).andReturn();
		String reason = JsonPath.read(rows.getResponse().getContentAsString(), "$.rows[0].reason");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
			var summary = workbook.getSheet("Summary");
			assertThat(summaryValue(summary, "Uploaded by")).isEqualTo("fatemeh");
			assertThat(summaryValue(summary, "Approved by")).isEqualTo("mehdi");
			var result = workbook.getSheetAt(0);
			int providerStatus = column(result.getRow(0), "Provider Status");
			assertThat(result.getRow(1).getCell(providerStatus).getStringCellValue()).isEqualTo(reason);
		}
	}

	@Test
	void aRunWithAPayoutInDoubtForLongerThanAnHourNeedsAttentionAndTheRowSaysWhatTheProviderLastAnswered()
			throws Exception {
		long id = uploaded("doubt", "");
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager())).andExpect(status().isOk());
		awaitStatus(id, "COMPLETED");
		// A payout whose answers stopped saying anything two hours ago, as a lost answer
		// and unclear inquiries leave it (SPEC 6.1); the run is followed again.
		long payout = this.jdbc.queryForObject("SELECT MIN(id) FROM payout WHERE run_id = ?", Long.class, id);
		this.jdbc.update(
				"INSERT INTO provider_answer (payout_id, operation, outcome, http_status, body, received_at)"
						+ " VALUES (?, 'get_checkout_status_tracker', 'UNKNOWN', NULL, 'timed out after 10 s', ?)",
				payout, Timestamp.from(Instant.now().minus(Duration.ofHours(2))));
		this.jdbc.update("UPDATE payout SET status = 'UNKNOWN', provider_status = NULL, updated_at = ? WHERE id = ?",
				Timestamp.from(Instant.now().minus(Duration.ofHours(2))), payout);
		this.jdbc.update("UPDATE payout_run SET status = 'TRACKING' WHERE id = ?", id);

		this.mvc.perform(get("/api/runs/" + id).with(finance()))
			.andExpect(jsonPath("$.needsAttention").value(true))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		this.mvc.perform(get("/api/runs/" + id + "/rows").with(finance()))
			.andExpect(jsonPath("$.rows[0].reason").value("timed out after 10 s"));

		this.jdbc.update("UPDATE payout SET updated_at = ? WHERE id = ?", Timestamp.from(Instant.now()), payout);
		this.jdbc.update("UPDATE payout_run SET status = 'PAYING' WHERE id = ?", id);
		this.mvc.perform(get("/api/runs/" + id).with(finance())).andExpect(jsonPath("$.needsAttention").value(false));
	}

	/**
	 * A run handed in by fatemeh and approved by mehdi whose first row the sandbox fails
	 * and whose second it pays.
	 */
	private long paidWithOneFailedRow() throws Exception {
		long id = uploaded("failures", "API-FAIL-" + System.nanoTime());
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager())).andExpect(status().isOk());
		awaitStatus(id, "COMPLETED");
		return id;
	}

	private static String summaryValue(Sheet summary, String label) {
		for (Row row : summary) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return (row.getCell(1) != null) ? row.getCell(1).getStringCellValue() : null;
			}
		}
		throw new AssertionError("No Summary row " + label);
	}

	/**
	 * Hands in, as fatemeh, a sheet of two rows of content no other test uses, the first
	 * under {@code tracker} (empty: derived), and returns its run.
	 */
	private long uploaded(String name, String tracker) throws Exception {
		long n = System.nanoTime();
		String csv = "name,sheba,amount,tracker\nPayee A,IR820540102680020817909002," + (4_000_000L + n % 1000) + ","
				+ tracker + "\nPayee B,IR550570022080013447370101," + (5_000_000L + n % 997) + ",\n";
		MvcResult result = this.mvc
			.perform(multipart("/api/runs").file(new MockMultipartFile("file", name + "-" + n + ".csv", "text/csv",
					csv.getBytes(StandardCharsets.UTF_8)))
				.with(finance()))
			.andExpect(status().isCreated())
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private void awaitStatus(long id, String expected) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> this.mvc.perform(get("/api/runs/" + id).with(manager()))
				.andExpect(jsonPath("$.status").value(expected)));
	}

	private static RequestPostProcessor finance() {
		return httpBasic("fatemeh", "fatemeh-pw");
	}

	private static RequestPostProcessor manager() {
		return httpBasic("mehdi", "mehdi-pw");
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
