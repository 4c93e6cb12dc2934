package ir.tasvieh.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

import ir.tasvieh.calendar.JalaliDates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What finance does with a run's failures and what the home page shows of them
 * (docs/SPEC.md sections 4.1, 7 and 9.3), paid on the built-in sandbox, which fails the
 * rows whose tracker is {@code FIX-FAIL-<digits>} and pays their retries
 * ({@code FIX-FAIL-<digits>-r1}): the rows to fix downloaded alone, corrected and handed
 * in again, and only they paid, once; the last 30 days counted per day.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.sandbox.nextpay.fail-trackers-matching=^FIX-FAIL-[0-9]+$",
				"tasvieh.upload.dir=target/fix-tests/uploads", "tasvieh.web.out-dir=target/fix-tests/output" })
@WebTestUsers
@AutoConfigureMockMvc
class FinanceRoundTripIntegrationTests {

	private static final String GOOD_SHEBA = "IR820540102680020817909002";

	private static final String OTHER_SHEBA = "IR550570022080013447370101";

	/** Fails its checksum: the row is INVALID. */
	private static final String BAD_SHEBA = "IR820540102680020817909003";

	private static final Pattern CELL = Pattern.compile("data-rows=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@Test
	void theRowsToFixAreDownloadedAloneCorrectedHandedInAgainAndOnlyTheyArePaidOnce() throws Exception {
		long n = System.nanoTime();
		String failing = "FIX-FAIL-" + n;
		String paid = "FIX-OK-" + n;
		String invalid = "FIX-BAD-" + n;
		long id = uploaded("payroll-" + n + ".csv",
				"name,sheba,amount,tracker\nPayee A," + GOOD_SHEBA + ",4100000," + failing + "\nPayee B," + OTHER_SHEBA
						+ ",4200000," + paid + "\nPayee C," + BAD_SHEBA + ",4300000," + invalid + "\n");
		approveAndAwait(id);

		String page = page(id, true);
		assertThat(page).contains("id=\"download-to-fix\"", "/runs/" + id + "/rows-to-fix",
				"Download only the rows to fix (2)");
		assertThat(page(id, false)).contains("دریافت فقط ردیف‌هایی که باید اصلاح شوند (۲)");
		MvcResult started = this.mvc.perform(get("/runs/" + id + "/rows-to-fix").with(user("finance").roles("FINANCE")))
			.andExpect(request().asyncStarted())
			.andReturn();
		byte[] fromPage = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(column(fromPage, "name")).containsExactly("Payee A", "Payee C");

		ResponseEntity<byte[]> download = api("finance").get()
			.uri("/api/runs/" + id + "/rows-to-fix")
			.retrieve()
			.toEntity(byte[].class);
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.contains("payroll-" + n + ".to-fix.xlsx");
		byte[] toFix = download.getBody();
		assertThat(column(toFix, "name")).containsExactly("Payee A", "Payee C");
		assertThat(column(toFix, "Status")).containsExactly("FAILED", "INVALID");
		assertThat(column(toFix, "Tracker")).containsExactly(failing, invalid);
		assertThat(this.jdbc.queryForList("SELECT action FROM run_audit WHERE run_id = ? AND detail = ?", String.class,
				id, "payroll-" + n + ".to-fix.xlsx"))
			.containsExactly("DOWNLOADED", "DOWNLOADED");

		long fixed = uploaded("payroll-" + n + ".to-fix.xlsx", corrected(toFix));
		approveAndAwait(fixed);
		String rows = this.mvc.perform(get("/api/runs/" + fixed + "/rows").with(httpBasic("finance", "finance-pw")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(rows, "$.rows[*].name")).as(rows).containsExactly("Payee A", "Payee C");
		assertThat(JsonPath.<List<String>>read(rows, "$.rows[*].status")).as(rows).containsExactly("PAID", "PAID");
		for (String tracker : List.of(failing, paid, invalid)) {
			assertThat(this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM payout WHERE tracker = ? AND status = 'PAID' AND paid_by IS NULL",
					Integer.class, tracker))
				.as("payouts of %s paid", tracker)
				.isEqualTo(1);
		}
		this.mvc.perform(get("/api/runs/" + fixed + "/rows-to-fix").with(httpBasic("finance", "finance-pw")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("NOTHING_TO_FIX"));
		assertThat(page(fixed, true)).doesNotContain("id=\"download-to-fix\"");
	}

	@Test
	void theHomePageCountsTheLastThirtyDaysPerDayInBothLanguages() throws Exception {
		LocalDate today = LocalDate.now(JalaliDates.TEHRAN);
		long[] before = counts(today);
		long[] earlierBefore = counts(today.minusDays(3));
		long n = System.nanoTime();
		long id = uploaded("month-" + n + ".csv",
				"name,sheba,amount,tracker\nPayee A," + GOOD_SHEBA + ",5100000,FIX-FAIL-" + n + "\nPayee B,"
						+ OTHER_SHEBA + ",5200000,MONTH-B-" + n + "\nPayee C," + GOOD_SHEBA + ",5300000,MONTH-C-" + n
						+ "\nPayee D," + OTHER_SHEBA + ",5400000,MONTH-D-" + n + "\n");
		approveAndAwait(id);
		// Payee C was paid three days ago; Payee D's answers stopped saying anything
		// today, as a lost answer leaves a payout (docs/SPEC.md section 6.1).
		this.jdbc.update("UPDATE payout SET updated_at = ? WHERE run_id = ? AND name = 'Payee C'",
				Timestamp.from(Instant.now().minus(Duration.ofDays(3))), id);
		this.jdbc.update("UPDATE payout SET status = 'UNKNOWN' WHERE run_id = ? AND name = 'Payee D'", id);
		uploaded("waiting-" + n + ".csv", "name,sheba,amount,tracker\nPayee E," + GOOD_SHEBA + ",6100000,WAIT-E-" + n
				+ "\nPayee F," + OTHER_SHEBA + ",6200000,WAIT-F-" + n + "\n");

		assertThat(counts(today)).containsExactly(before[0] + 1, before[1] + 1, before[2] + 1, before[3] + 2);
		assertThat(counts(today.minusDays(3))).containsExactly(earlierBefore[0] + 1, earlierBefore[1], earlierBefore[2],
				earlierBefore[3]);

		String english = home(true);
		assertThat(english)
			.contains("The last 30 days", "id=\"overview-chart\"", "class=\"overview-paid\"",
					"class=\"overview-failed\"", "class=\"overview-in-doubt\"", "class=\"overview-waiting\"",
					"Waiting for approval", ">" + jalali(today) + "<")
			.doesNotContainPattern("<script>|<script [^>]*>[^<]");
		String persian = home(false);
		assertThat(persian).contains("سی روز گذشته", "در انتظار تأیید", ">" + persianDigits(jalali(today)) + "<",
				"<caption>روز به روز</caption>");
		assertThat(persian.substring(persian.indexOf("id=\"total-paid\""))).containsPattern("^[^<]*[۰-۹]+ ردیف");
	}

	/**
	 * Today's (or another day's) rows paid, failed, in doubt and waiting, as the table
	 * says.
	 */
	private long[] counts(LocalDate day) throws Exception {
		String html = home(true);
		int row = html.indexOf("data-day=\"" + day + "\"", html.indexOf("id=\"overview-days\""));
		if (row < 0) {
			return new long[4];
		}
		Matcher cells = CELL.matcher(html.substring(row, html.indexOf("</tr>", row)));
		long[] counts = new long[4];
		for (int i = 0; i < 4 && cells.find(); i++) {
			counts[i] = Long.parseLong(cells.group(1));
		}
		return counts;
	}

	private String home(boolean english) throws Exception {
		var request = get("/").with(user("manager").roles("MANAGER"));
		if (english) {
			request.cookie(PagesIntegrationTests.ENGLISH);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(long id, boolean english) throws Exception {
		var request = get("/runs/" + id).with(user("finance").roles("FINANCE"));
		if (english) {
			request.cookie(PagesIntegrationTests.ENGLISH);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The workbook to fix with Payee C's SHEBA corrected; Payee A's failure needs
	 * nothing.
	 */
	private static byte[] corrected(byte[] toFix) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(toFix))) {
			Sheet sheet = workbook.getSheetAt(0);
			int sheba = index(sheet.getRow(0), "sheba");
			// Typed over, as a spreadsheet program writes it: a new cell (POI's setter
			// would keep the streamed inline text beside the new value).
			Row payeeC = sheet.getRow(2);
			payeeC.removeCell(payeeC.getCell(sheba));
			payeeC.createCell(sheba).setCellValue(GOOD_SHEBA);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> column(byte[] workbook, String header) throws Exception {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			Sheet sheet = book.getSheetAt(0);
			int column = index(sheet.getRow(0), header);
			DataFormatter text = new DataFormatter();
			List<String> values = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				values.add(text.formatCellValue(row.getCell(column)));
			}
			return values;
		}
	}

	private static int index(Row header, String name) {
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (name.equals(header.getCell(i).getStringCellValue())) {
				return i;
			}
		}
		throw new AssertionError("No column " + name);
	}

	private long uploaded(String name, String csv) throws Exception {
		return uploaded(name, csv.getBytes(StandardCharsets.UTF_8));
	}

	private long uploaded(String name, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/runs")
				.file(new MockMultipartFile("file", name, "application/octet-stream", content))
				.with(httpBasic("finance", "finance-pw")))
			.andExpect(status().isCreated())
			.andReturn();
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		awaitStatus(id, "VALIDATED");
		return id;
	}

	private void approveAndAwait(long id) throws Exception {
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager())).andExpect(status().isOk());
		awaitStatus(id, "COMPLETED");
	}

	private void awaitStatus(long id, String expected) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> this.mvc.perform(get("/api/runs/" + id).with(manager()))
				.andExpect(jsonPath("$.status").value(expected)));
	}

	private RestClient api(String username) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + this.port)
			.defaultHeaders((headers) -> headers.setBasicAuth(username, username + "-pw"))
			.build();
	}

	private static RequestPostProcessor manager() {
		return httpBasic("manager", "manager-pw");
	}

	private static String jalali(LocalDate day) {
		int[] date = JalaliDates.toJalali(day.getYear(), day.getMonthValue(), day.getDayOfMonth());
		return String.format("%04d-%02d-%02d", date[0], date[1], date[2]);
	}

	private static String persianDigits(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			out.append((c >= '0' && c <= '9') ? (char) ('۰' + (c - '0')) : c);
		}
		return out.toString();
	}

}
