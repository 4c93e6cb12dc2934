package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ir.tasvieh.run.AuditEntry;
import ir.tasvieh.run.RunStatus;
import ir.tasvieh.run.Runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages through the real filter chains and templates, on the built-in sandbox: what
 * they show in Persian and in English, which buttons each role sees, and what a person is
 * told when an upload or an action is refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=100ms", "tasvieh.sandbox.nextpay.settle-time=300ms",
				"tasvieh.tracking.poll-interval=100ms", "tasvieh.approval.follow-for=PT30S",
				"tasvieh.sandbox.nextpay.fail-trackers-matching=^fail-" })
@WebTestUsers
@AutoConfigureMockMvc
class PagesIntegrationTests {

	static final RequestPostProcessor FINANCE = user("finance").roles("FINANCE");

	static final RequestPostProcessor MANAGER = user("manager").roles("MANAGER");

	/** Holds both roles: may upload, and may approve the sheets others upload. */
	static final RequestPostProcessor BOTH = user("boss").roles("FINANCE", "MANAGER");

	static final Cookie ENGLISH = new Cookie(PageLocales.COOKIE, "en");

	private static final AtomicInteger sheets = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Runs runs;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) throws Exception {
		Path dir = Files.createTempDirectory("tasvieh-pages");
		registry.add("tasvieh.upload.dir", () -> dir.resolve("uploads").toString());
		registry.add("tasvieh.web.out-dir", () -> dir.resolve("output").toString());
	}

	@Test
	void showsTheSignInPageInPersianRightToLeftByDefault() throws Exception {
		String page = page(get("/login"));
		assertThat(page).contains("lang=\"fa\"", "dir=\"rtl\"", "نام کاربری", "گذرواژه", "English");
		assertThat(page(get("/login?error"))).contains("نام کاربری یا گذرواژه نادرست است.");
		assertThat(page(get("/login?locked"))).contains("قفل");
		assertThat(page(get("/login?logout"))).contains("از سامانه خارج شدید.");
	}

	@Test
	void switchesToEnglishRemembersItAndGoesBackToThePage() throws Exception {
		MvcResult switched = this.mvc
			.perform(get("/lang").param("l", "en").header("Referer", "http://localhost/login?logout"))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
		Cookie remembered = switched.getResponse().getCookie(PageLocales.COOKIE);
		assertThat(remembered).isNotNull();
		assertThat(remembered.getMaxAge()).isGreaterThan(0);
		String page = page(get("/login?logout").cookie(remembered));
		assertThat(page).contains("lang=\"en\"", "dir=\"ltr\"", "Username", "You have signed out.", "فارسی");
	}

	@Test
	void neverFollowsTheLanguageSwitchBackToAnotherSite() throws Exception {
		this.mvc.perform(get("/lang").param("l", "fa").header("Referer", "https://evil.example/runs"))
			.andExpect(status().isFound())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/runs"));
	}

	@Test
	void showsTheRowErrorsOfAnUploadInPersianWithPersianDigitsAndInEnglish() throws Exception {
		long id = upload(sample("payouts-errors.xlsx"), FINANCE);

		String fa = page(get("/runs/" + id).with(FINANCE));
		assertThat(fa).contains("dir=\"rtl\"", "در انتظار تأیید", "SHEBA_CHECKSUM", "NAME_MISSING", "TRACKER_DUPLICATE",
				"اجرای شمارهٔ " + persian(id));
		assertThat(fa).containsPattern("[۰-۹]{1,3}(٬[۰-۹]{3})+ ریال");
		String en = page(get("/runs/" + id).with(FINANCE).cookie(ENGLISH));
		assertThat(en).contains("dir=\"ltr\"", "Waiting for approval", "SHEBA_CHECKSUM", "Run " + id)
			.containsPattern("\\d{1,3}(,\\d{3})+ rials")
			.doesNotContain("ریال");
	}

	@Test
	void masksCardNumbersOnTheRunPage() throws Exception {
		long id = upload(sample("payouts-errors.xlsx"), FINANCE);
		String page = page(get("/runs/" + id).param("status", "INVALID").with(FINANCE));
		assertThat(page).contains("603770******5443").doesNotContain("6037701689095443");
	}

	@Test
	void filtersTheRowsByStatus() throws Exception {
		long id = upload(sample("payouts-errors.xlsx"), FINANCE);
		String invalid = page(get("/runs/" + id).param("status", "INVALID").with(FINANCE).cookie(ENGLISH));
		assertThat(invalid).containsPattern("data-row=\"\\d+\" data-status=\"INVALID\"")
			.doesNotContainPattern("data-row=\"\\d+\" data-status=\"READY\"");
		String ready = page(get("/runs/" + id).param("status", "READY").with(FINANCE).cookie(ENGLISH));
		assertThat(ready).contains("data-row=\"2\" data-status=\"READY\"")
			.doesNotContainPattern("data-row=\"\\d+\" data-status=\"INVALID\"");
	}

	@Test
	void showsApproveAndRejectOnlyToAManagerWhoDidNotUploadTheSheet() throws Exception {
		long id = upload(csvSheet(), BOTH);
		assertThat(page(get("/runs/" + id).with(FINANCE))).doesNotContain("id=\"approve\"", "id=\"reject\"");
		assertThat(page(get("/runs/" + id).with(BOTH))).doesNotContain("id=\"approve\"", "id=\"reject\"")
			.contains("id=\"four-eyes\"");
		assertThat(page(get("/runs/" + id).with(MANAGER))).contains("id=\"approve\"", "id=\"reject\"")
			.doesNotContain("id=\"four-eyes\"");
	}

	@Test
	void letsAManagerApproveAndShowsThePaymentsProgressUntilItCompletes() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		this.mvc.perform(post("/runs/" + id + "/approve").with(MANAGER).with(csrf()))
			.andExpect(status().isFound())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/runs/" + id))
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo(Notice.ok("run.approved")));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			String progress = page(get("/runs/" + id + "/progress").with(FINANCE).accept(MediaType.APPLICATION_JSON));
			assertThat(progress).contains("\"status\":\"COMPLETED\"", "\"live\":false", "\"percent\":100");
		});
		String page = page(get("/runs/" + id).with(FINANCE).cookie(ENGLISH));
		assertThat(page).contains("Completed", "id=\"download-result\"", "data-action=\"APPROVED\"")
			.doesNotContain("id=\"approve\"");
	}

	@Test
	void letsAManagerSendTheFailedRowsOfAPaidRunAgain() throws Exception {
		int n = sheets.incrementAndGet();
		String csv = "name,sheba,amount (IRR),tracker\n" + "Sara,IR820540102680020817909002,1000000,ok-" + n + "\n"
				+ "Reza,IR550570022080013447370101,2000000,fail-" + n + "\n";
		long id = upload(
				new MockMultipartFile("file", "retry-" + n + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)),
				FINANCE);
		this.mvc.perform(post("/runs/" + id + "/retry").with(MANAGER).with(csrf()))
			.andExpect((result) -> assertThat(((Notice) result.getFlashMap().get("notice")).code())
				.isEqualTo("NOTHING_TO_RETRY"));
		this.mvc.perform(post("/runs/" + id + "/approve").with(MANAGER).with(csrf())).andExpect(status().isFound());
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.COMPLETED));
		assertThat(page(get("/runs/" + id).with(FINANCE))).doesNotContain("id=\"retry\"");
		assertThat(page(get("/runs/" + id).with(MANAGER))).contains("id=\"retry\"");

		this.mvc.perform(post("/runs/" + id + "/retry").with(FINANCE).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/runs/" + id + "/retry").with(MANAGER).with(csrf()))
			.andExpect(status().isFound())
			.andExpect((result) -> assertThat(result.getFlashMap().get("notice")).isEqualTo(Notice.ok("run.retried")));
		assertThat(this.runs.auditTrail(id)).extracting(AuditEntry::action).contains("RETRIED");
	}

	@Test
	void answersTheProgressInThePagesLanguage() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		assertThat(page(get("/runs/" + id + "/progress").with(FINANCE))).contains("\"statusLabel\":\"در انتظار تأیید\"",
				"\"live\":false", "\"text\":\"۰ از ۳ ردیفِ پرداختی");
		assertThat(page(get("/runs/" + id + "/progress").with(FINANCE).cookie(ENGLISH)))
			.contains("\"statusLabel\":\"Waiting for approval\"", "\"text\":\"0 of 3 rows to pay are final\"");
	}

	@Test
	void showsTheRowsRialsFeesAndTheBalanceReadNowBeforeAManagerConfirms() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		String decide = page(get("/runs/" + id + "/decide").with(MANAGER).cookie(ENGLISH));
		assertThat(decide).contains("id=\"approve-preview\"", "id=\"preview-rows\"", "id=\"preview-fees\"",
				"id=\"preview-balance\"", "id=\"confirm-approve\"", "id=\"reject-reason\"", "required");
		assertThat(this.runs.approvalPreview(id).rows())
			.isEqualTo(this.runs.find(id).orElseThrow().count(ir.tasvieh.payout.PayoutStatus.READY));
		assertThat(this.runs.approvalPreview(id).balanceKnown()).isTrue();
		assertThat(page(get("/runs/" + id).with(MANAGER))).contains("/runs/" + id + "/decide");
	}

	@Test
	void drawsTheRunsStatusesAndBanksAsChartsBesideTheirTables() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		String shown = page(get("/runs/" + id).with(FINANCE).cookie(ENGLISH));
		assertThat(shown).contains("id=\"status-chart\"", "id=\"bank-chart\"", "<svg", "class=\"status-READY\"",
				"id=\"by-status\"", "id=\"by-bank\"");
		assertThat(page(get("/runs/" + id).with(FINANCE).param("q", "reza"))).contains("id=\"row-search\"",
				"data-row=\"3\"");
	}

	@Test
	void asksAgainForAReasonWhenARejectionHasNone() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		MvcResult asked = this.mvc.perform(post("/runs/" + id + "/reject").with(MANAGER).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/runs/" + id + "/decide"))
			.andReturn();
		assertThat(((Notice) asked.getFlashMap().get("notice")).key()).isEqualTo("decide.reason.missing");
		assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.VALIDATED);
	}

	@Test
	void rejectsARunAndTellsWhyASecondDecisionIsRefused() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		this.mvc
			.perform(post("/runs/" + id + "/reject").param("reason", "Budget for Azar is not signed off")
				.with(MANAGER)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.REJECTED);
		assertThat(this.runs.find(id).orElseThrow().message()).isEqualTo("Budget for Azar is not signed off");
		assertThat(this.runs.auditTrail(id)).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("REJECTED");
			assertThat(entry.detail()).isEqualTo("Budget for Azar is not signed off");
		});

		MvcResult refused = this.mvc.perform(post("/runs/" + id + "/approve").with(MANAGER).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		Notice notice = (Notice) refused.getFlashMap().get("notice");
		assertThat(notice.code()).isEqualTo("NOT_AWAITING_APPROVAL");
		String shown = page(get("/runs/" + id).with(MANAGER).cookie(ENGLISH).flashAttr("notice", notice));
		assertThat(shown).contains("id=\"notice\"", "NOT_AWAITING_APPROVAL", notice.en()).doesNotContain("Exception");
	}

	@Test
	void refusesTheUploadersOwnApprovalWithFourEyesAndSaysSo() throws Exception {
		long id = upload(csvSheet(), BOTH);
		MvcResult refused = this.mvc.perform(post("/runs/" + id + "/approve").with(BOTH).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(((Notice) refused.getFlashMap().get("notice")).code()).isEqualTo("FOUR_EYES");
		assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.VALIDATED);
	}

	@Test
	void forbidsFinanceToApproveAndAManagerToUpload() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		this.mvc.perform(post("/runs/" + id + "/approve").with(FINANCE).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(post("/runs/" + id + "/reject").with(FINANCE).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.VALIDATED);
		this.mvc.perform(multipart("/runs").file(csvSheet()).param("provider", "nextpay").with(MANAGER).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/runs/new").with(MANAGER)).andExpect(status().isForbidden());
	}

	@Test
	void refusesAPageFormWithoutItsCsrfToken() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		this.mvc.perform(post("/runs/" + id + "/approve").with(MANAGER)).andExpect(status().isForbidden());
		this.mvc.perform(multipart("/runs").file(csvSheet()).param("provider", "nextpay").with(FINANCE))
			.andExpect(status().isForbidden());
		assertThat(this.runs.find(id).orElseThrow().status()).isEqualTo(RunStatus.VALIDATED);
	}

	@Test
	void tellsWhatIsWrongWithAFileThatIsNotASheet() throws Exception {
		String empty = uploadRefused(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]), 400);
		assertThat(empty).contains("EMPTY_FILE", "خالی است");
		String text = uploadRefused(new MockMultipartFile("file", "notes.txt", "text/plain", "hello".getBytes()), 400);
		assertThat(text).contains("UNSUPPORTED_TYPE", ".xlsx");
	}

	@Test
	void showsTheMessageOfASheetRejectedAsAWholeInTheViewersLanguage() throws Exception {
		MockMultipartFile noHeader = new MockMultipartFile("file", "no-header.csv", "text/csv",
				"foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8));
		String fa = uploadRefused(noHeader, 422);
		assertThat(fa).contains("id=\"notice\"", "dir=\"rtl\"").containsPattern("ستون");
		String en = this.mvc
			.perform(multipart("/runs").file(noHeader)
				.param("provider", "nextpay")
				.with(FINANCE)
				.with(csrf())
				.cookie(ENGLISH))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(en).contains("id=\"notice\"", "dir=\"ltr\"").containsIgnoringCase("column");
	}

	@Test
	void saysThatContentWasAlreadyRunAndRunsItAgainWhenForced() throws Exception {
		MockMultipartFile sheet = csvSheet();
		long first = upload(sheet, FINANCE);
		MvcResult again = this.mvc
			.perform(multipart("/runs").file(sheet).param("provider", "nextpay").with(FINANCE).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn();
		assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("ALREADY_RUN",
				"در انتظار تأیید است", "id=\"earlier-run\"", "href=\"/runs/" + first + "\"",
				"<bdi>" + sheet.getOriginalFilename() + "</bdi>");
		long forced = upload(sheet, FINANCE);
		assertThat(forced).isNotEqualTo(first);
	}

	@Test
	void downloadsTheResultWorkbookAndAuditsIt() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		MvcResult result = this.mvc.perform(get("/runs/" + id + "/result").with(MANAGER))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo(RunPages.XLSX.toString());
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment", ".result.xlsx");
		assertThat(result.getResponse().getContentAsByteArray()).startsWith('P', 'K');
		assertThat(this.runs.auditTrail(id)).extracting(AuditEntry::action, AuditEntry::username)
			.contains(org.assertj.core.groups.Tuple.tuple("DOWNLOADED", "manager"));
		assertThat(page(get("/runs/" + id).with(FINANCE))).contains("data-action=\"DOWNLOADED\"",
				"دریافت کارنامهٔ نتیجه");
	}

	/** What the templates hold is TemplateDownloadsTests'; here, who may have them. */
	@Test
	void eitherRoleDownloadsTheBlankTemplates() throws Exception {
		this.mvc.perform(get("/templates/fa/xlsx").with(FINANCE)).andExpect(status().isOk());
		this.mvc.perform(get("/templates/en/csv").with(MANAGER)).andExpect(status().isOk());
	}

	@Test
	void listsTheRunsWithTheirProgressInBothLanguages() throws Exception {
		long id = upload(csvSheet(), FINANCE);
		String fa = page(get("/runs").with(MANAGER));
		assertThat(fa).contains("data-run=\"" + id + "\"", ">" + persian(id) + "<", "در انتظار تأیید", "<progress",
				"تومان");
		String en = page(get("/runs").with(MANAGER).cookie(ENGLISH));
		assertThat(en).contains("Waiting for approval", "When (Jalali, Tehran time)", "tomans")
			.doesNotContain("id=\"upload-link\"");
		assertThat(page(get("/runs").with(FINANCE))).contains("id=\"upload-link\"", "/templates/fa/xlsx");
	}

	@Test
	void answersAnUnknownRunOrPageWith404() throws Exception {
		this.mvc.perform(get("/runs/987654").with(FINANCE)).andExpect(status().isNotFound());
		this.mvc.perform(get("/runs/987654/progress").with(FINANCE)).andExpect(status().isNotFound());
		this.mvc.perform(get("/runs/987654/result").with(FINANCE)).andExpect(status().isNotFound());
	}

	@Test
	void opensTheHomePageOnTheLastThirtyDays() throws Exception {
		assertThat(page(get("/").with(FINANCE))).contains("id=\"overview-chart\"", "id=\"overview-days\"",
				"id=\"home-runs\"");
	}

	private long upload(MockMultipartFile file, RequestPostProcessor who) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/runs").file(file)
				.param("provider", "nextpay")
				.param("force", "true")
				.with(who)
				.with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/runs/");
		return Long.parseLong(location.substring("/runs/".length()));
	}

	private String uploadRefused(MockMultipartFile file, int status) throws Exception {
		return this.mvc.perform(multipart("/runs").file(file).param("provider", "nextpay").with(FINANCE).with(csrf()))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return page(request, 200);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockMultipartFile sample(String name) throws Exception {
		return new MockMultipartFile("file", name, null, Files.readAllBytes(Path.of("samples", name)));
	}

	/**
	 * A small valid sheet of three SHEBA rows, different each time so it is never
	 * "already run".
	 */
	static MockMultipartFile csvSheet() {
		int n = sheets.incrementAndGet();
		String csv = "name,sheba,amount (IRR),description\n" + "Sara,IR820540102680020817909002,1000000,sheet " + n
				+ "\n" + "Reza,IR550570022080013447370101,2000000,sheet " + n + "\n"
				+ "Nima,IR790610000000700796858044,3000005,sheet " + n + "\n";
		return new MockMultipartFile("file", "payouts-" + n + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private static String persian(long number) {
		StringBuilder out = new StringBuilder();
		for (char c : Long.toString(number).toCharArray()) {
			out.append((char) ('۰' + (c - '0')));
		}
		return out.toString();
	}

}
