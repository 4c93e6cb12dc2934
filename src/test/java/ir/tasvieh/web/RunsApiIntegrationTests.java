package ir.tasvieh.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ir.tasvieh.run.AuditEntry;
import ir.tasvieh.run.Runs;
import ir.tasvieh.sheet.MessageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every row of SPEC 9.4's table through the real security chain, on the built-in sandbox:
 * the roles, the status codes, the error bodies and the field names.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.sandbox.nextpay.fail-trackers-matching=^API-FAIL-.*",
				"tasvieh.upload.dir=target/api-tests/uploads", "tasvieh.web.out-dir=target/api-tests/output" })
@WebTestUsers
@AutoConfigureMockMvc
class RunsApiIntegrationTests {

	private static final String[] SHEBAS = { "IR820540102680020817909002", "IR550570022080013447370101",
			"IR790610000000700796858044" };

	private static int sheets;

	@Autowired
	MockMvc mvc;

	@Autowired
	Runs runs;

	@Test
	void financeUploadsASheetThatWaitsForApproval() throws Exception {
		this.mvc.perform(upload(sheet(true)).with(finance()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/runs/")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.file", startsWith("payouts-")))
			.andExpect(jsonPath("$.sha256").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
			.andExpect(jsonPath("$.provider").value("nextpay"))
			.andExpect(jsonPath("$.status").value("VALIDATED"))
			.andExpect(jsonPath("$.uploadedBy").value("fatemeh"))
			.andExpect(jsonPath("$.approvedBy").doesNotExist())
			.andExpect(jsonPath("$.createdAt").isString())
			.andExpect(jsonPath("$.counts.READY").value(3))
			.andExpect(jsonPath("$.counts.INVALID").value(2))
			.andExpect(jsonPath("$.totals.READY").isNumber())
			.andExpect(jsonPath("$.outcome").doesNotExist())
			.andExpect(jsonPath("$.needsAttention").value(false))
			.andExpect(jsonPath("$.feesIrr").value(0));
	}

	@Test
	void aManagerWhoIsNotFinanceCannotUpload() throws Exception {
		this.mvc.perform(upload(sheet(false)).with(manager()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("FORBIDDEN"))
			.andExpect(jsonPath("$.message").isNotEmpty());
	}

	@Test
	void financeCannotApproveOrReject() throws Exception {
		long id = uploaded(sheet(false));
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(finance()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("FORBIDDEN"));
		this.mvc.perform(post("/api/runs/" + id + "/reject").with(finance()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("FORBIDDEN"));
		this.mvc.perform(get("/api/runs/" + id).with(finance())).andExpect(jsonPath("$.status").value("VALIDATED"));
	}

	@Test
	void theUploaderCannotApproveTheirOwnRun() throws Exception {
		long id = idOf(this.mvc.perform(upload(sheet(false)).with(httpBasic("sara", "sara-pw")))
			.andExpect(status().isCreated())
			.andReturn());

		this.mvc.perform(post("/api/runs/" + id + "/approve").with(httpBasic("sara", "sara-pw")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("FOUR_EYES"))
			.andExpect(jsonPath("$.message").isNotEmpty());
		this.mvc.perform(get("/api/runs/" + id).with(manager())).andExpect(jsonPath("$.status").value("VALIDATED"));
	}

	@Test
	void anApprovedRunIsPaidOnTheSandboxAndItsWorkbookDownloaded() throws Exception {
		long id = uploaded(sheet(true));

		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.approvedBy").value("mehdi"));
		awaitStatus(id, "COMPLETED");
		this.mvc.perform(get("/api/runs/" + id).with(finance()))
			.andExpect(jsonPath("$.counts.PAID").value(3))
			.andExpect(jsonPath("$.counts.INVALID").value(2))
			.andExpect(jsonPath("$.counts.READY").doesNotExist())
			.andExpect(jsonPath("$.outcome").value("SUCCEEDED"));

		MvcResult download = this.mvc.perform(get("/api/runs/" + id + "/result").with(finance()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(RunFilesApiController.XLSX))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''payouts-")))
			.andExpect(header().string("Content-Disposition", endsWith(".result.xlsx")))
			.andReturn();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(download.getResponse().getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			int status = column(sheet.getRow(0), "Status");
			assertThat(sheet.getRow(1).getCell(status).getStringCellValue()).isEqualTo("PAID");
			assertThat(workbook.getSheet("Summary")).isNotNull();
		}
		assertThat(this.runs.auditTrail(id)).extracting(AuditEntry::action)
			.containsSubsequence("UPLOADED", "APPROVED", "DOWNLOADED");
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(httpBasic("sara", "sara-pw")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOT_AWAITING_APPROVAL"));
	}

	@Test
	void aManagerRetriesTheFailedRowsOfAPaidRunAndARunWithoutAnyIsAConflict() throws Exception {
		int n = ++sheets;
		String csv = "name,sheba,amount,tracker\nPayee A," + SHEBAS[0] + "," + (2_000_000L + n) + ",API-FAIL-" + n + "-"
				+ System.nanoTime() + "\nPayee B," + SHEBAS[1] + "," + (3_000_000L + n) + ",\n";
		long id = uploaded(upload("retry-" + n + ".csv", csv.getBytes(StandardCharsets.UTF_8)));
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager())).andExpect(status().isOk());
		awaitStatus(id, "COMPLETED");
		this.mvc.perform(get("/api/runs/" + id).with(finance()))
			.andExpect(jsonPath("$.counts.FAILED").value(1))
			.andExpect(jsonPath("$.counts.PAID").value(1));

		this.mvc.perform(post("/api/runs/" + id + "/retry").with(finance()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("FORBIDDEN"));
		this.mvc.perform(post("/api/runs/" + id + "/retry").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id));
		awaitStatus(id, "COMPLETED");

		// The sandbox fails the new attempt too (its tracker still matches), so the row
		// can be retried again; the paid row never is.
		assertThat(this.runs.auditTrail(id)).extracting(AuditEntry::action).contains("RETRIED");
		this.mvc.perform(get("/api/runs/" + id).with(finance())).andExpect(jsonPath("$.counts.PAID").value(1));
		long paidOnly = uploaded(sheet(false));
		this.mvc.perform(post("/api/runs/" + paidOnly + "/approve").with(manager())).andExpect(status().isOk());
		awaitStatus(paidOnly, "COMPLETED");
		this.mvc.perform(post("/api/runs/" + paidOnly + "/retry").with(manager()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOTHING_TO_RETRY"))
			.andExpect(jsonPath("$.message").isNotEmpty());
	}

	@Test
	void aRejectedRunCannotBeApprovedAnymore() throws Exception {
		long id = uploaded(sheet(false));

		this.mvc.perform(post("/api/runs/" + id + "/reject").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"));
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOT_AWAITING_APPROVAL"));
		this.mvc.perform(post("/api/runs/" + id + "/reject").with(manager()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOT_AWAITING_APPROVAL"));
	}

	@Test
	void theSameContentAgainIsAlreadyRunUnlessForced() throws Exception {
		byte[] sheet = sheet(false);
		uploaded(sheet);

		this.mvc.perform(upload(sheet).with(finance()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("ALREADY_RUN"))
			.andExpect(jsonPath("$.message", containsString("is waiting for approval as run")))
			.andExpect(jsonPath("$.message", containsString("Send force=true to run it again.")))
			.andExpect(jsonPath("$.message", not(containsString("--force"))))
			.andExpect(jsonPath("$.message", containsString(MessageText.isolate("force=true"))));
		this.mvc.perform(upload(sheet).param("dryRun", "true").with(finance()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRY_RUN"));
		this.mvc.perform(upload(sheet).param("force", "true").with(finance())).andExpect(status().isCreated());
	}

	@Test
	void aSheetRejectedAsAWholeIs422WithTheReasonInBothLanguages() throws Exception {
		byte[] notASheet = "hello,world\n1,2\n".getBytes(StandardCharsets.UTF_8);

		this.mvc.perform(upload("notes.csv", notASheet).with(finance()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.error").value("SHEET_REJECTED"))
			.andExpect(jsonPath("$.reason").isNotEmpty())
			.andExpect(jsonPath("$.message", containsString("notes.csv")))
			.andExpect(jsonPath("$.message", containsString("فایل " + MessageText.quote("notes.csv"))))
			// The user's own name, never the stored upload's
			// (20261206-012440-2326c17e-notes.csv).
			.andExpect(jsonPath("$.message", not(containsString("-notes.csv"))))
			.andExpect(jsonPath("$.message", containsString("has no header row")));
	}

	@Test
	void refusesUploadsThatAreNotSheets() throws Exception {
		this.mvc.perform(upload("empty.csv", new byte[0]).with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("EMPTY_FILE"));
		this.mvc.perform(upload("photo.png", new byte[] { 1, 2, 3 }).with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("UNSUPPORTED_TYPE"));
		this.mvc.perform(multipart("/api/runs").param("dryRun", "true").with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("FILE_MISSING"));
		this.mvc.perform(upload(sheet(false)).param("provider", "paypal").with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("UNKNOWN_PROVIDER"));
		this.mvc.perform(upload(sheet(false)).param("dryRun", "perhaps").with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("BAD_PARAMETER"));
	}

	@Test
	void aDryRunIsValidatedOnly() throws Exception {
		this.mvc.perform(upload(sheet(false)).param("dryRun", "true").with(finance()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRY_RUN"))
			.andExpect(jsonPath("$.dryRun").value(true));
	}

	@Test
	void listsRunsNewestFirst() throws Exception {
		long first = uploaded(sheet(false));
		long second = uploaded(sheet(false));

		this.mvc.perform(get("/api/runs").param("limit", "2").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(second))
			.andExpect(jsonPath("$[1].id").value(first))
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void pagesThroughARunsRowsWithTheirErrorsAndMaskedCards() throws Exception {
		long id = uploaded(sheet(true));

		this.mvc.perform(get("/api/runs/" + id + "/rows").with(manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(5))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.rows[0].row").value(2))
			.andExpect(jsonPath("$.rows[0].name").value("Payee 0"))
			.andExpect(jsonPath("$.rows[0].destination").value(SHEBAS[0]))
			.andExpect(jsonPath("$.rows[0].amount").isNumber())
			.andExpect(jsonPath("$.rows[0].tracker").isNotEmpty())
			.andExpect(jsonPath("$.rows[0].status").value("READY"))
			.andExpect(jsonPath("$.rows[0].errors.length()").value(0))
			.andExpect(jsonPath("$.rows[0].providerRef").doesNotExist())
			.andExpect(jsonPath("$.rows[0].bankTrackingNo").doesNotExist());
		this.mvc.perform(get("/api/runs/" + id + "/rows").param("status", "invalid").with(finance()))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.rows[0].status").value("INVALID"))
			.andExpect(jsonPath("$.rows[0].errors[0].code").isNotEmpty())
			.andExpect(jsonPath("$.rows[0].errors[0].message").isNotEmpty())
			.andExpect(jsonPath("$.rows[1].destination").value("603799******7893"));
		this.mvc.perform(get("/api/runs/" + id + "/rows").param("page", "1").param("size", "2").with(finance()))
			.andExpect(jsonPath("$.rows.length()").value(2))
			.andExpect(jsonPath("$.rows[0].row").value(4))
			.andExpect(jsonPath("$.total").value(5));
		this.mvc.perform(get("/api/runs/" + id + "/rows").param("status", "LOST").with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("BAD_PARAMETER"));
		this.mvc.perform(get("/api/runs/" + id + "/rows").param("size", "501").with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("BAD_PARAMETER"));
	}

	@Test
	void answersUnknownRunsAndEndpoints404InJson() throws Exception {
		this.mvc.perform(get("/api/runs/987654").with(finance()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"));
		this.mvc.perform(get("/api/runs/987654/rows").with(finance()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"));
		this.mvc.perform(get("/api/runs/987654/result").with(finance()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"));
		this.mvc.perform(post("/api/runs/987654/approve").with(manager()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"));
		this.mvc.perform(get("/api/runs/abc").with(finance()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("BAD_PARAMETER"));
		this.mvc.perform(delete("/api/runs/1").with(manager()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"));
		this.mvc.perform(get("/api/nothing-here").with(manager()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOT_FOUND"));
	}

	private void awaitStatus(long id, String expected) {
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			MvcResult result = this.mvc.perform(get("/api/runs/" + id).with(manager()))
				.andExpect(status().isOk())
				.andReturn();
			String status = JsonPath.read(result.getResponse().getContentAsString(), "$.status");
			assertThat(status).as("status of run %d", id).isEqualTo(expected);
		});
	}

	private long uploaded(byte[] sheet) throws Exception {
		return uploaded(upload(sheet));
	}

	private long uploaded(MockMultipartHttpServletRequestBuilder upload) throws Exception {
		return idOf(this.mvc.perform(upload.with(finance())).andExpect(status().isCreated()).andReturn());
	}

	private static long idOf(MvcResult result) throws Exception {
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private static MockMultipartHttpServletRequestBuilder upload(byte[] sheet) {
		return upload("payouts-" + (++sheets) + ".csv", sheet);
	}

	private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
		return multipart("/api/runs").file(new MockMultipartFile("file", name, "text/csv", content));
	}

	private static RequestPostProcessor finance() {
		return httpBasic("fatemeh", "fatemeh-pw");
	}

	private static RequestPostProcessor manager() {
		return httpBasic("mehdi", "mehdi-pw");
	}

	private static int column(org.apache.poi.ss.usermodel.Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (name.equals(header.getCell(i).getStringCellValue())) {
				return i;
			}
		}
		throw new AssertionError("No column " + name);
	}

	/**
	 * Three payable rows of content no other test uses and, if asked, an invalid SHEBA
	 * row and a card row (NextPay's default mode pays SHEBAs only).
	 */
	private static byte[] sheet(boolean withInvalidRows) {
		int n = ++sheets;
		StringBuilder csv = new StringBuilder("name,sheba,card,amount\n");
		for (int i = 0; i < SHEBAS.length; i++) {
			csv.append("Payee ").append(i).append(',').append(SHEBAS[i]).append(",,");
			csv.append(1_000_000L * (i + 1) + n * 10L + System.nanoTime() % 7).append('\n');
		}
		if (withInvalidRows) {
			csv.append("Broken,IR000000000000000000000000,,5000\n");
			csv.append("Card Holder,,6037991234567893,250000\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
