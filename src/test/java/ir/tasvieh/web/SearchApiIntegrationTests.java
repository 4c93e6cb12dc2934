package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/runs/{id}/rows?q=} (SPEC 9.4): rows found by name, destination, tracker
 * or row number; and {@code GET /api/runs?status=&attention=}; with the same context as
 * {@link RunsApiIntegrationTests}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tasvieh.sandbox.nextpay.queue-time=100ms",
		"tasvieh.sandbox.nextpay.settle-time=300ms", "tasvieh.tracking.poll-interval=100ms",
		"tasvieh.approval.follow-for=PT30S", "tasvieh.sandbox.nextpay.fail-trackers-matching=^API-FAIL-.*",
		"tasvieh.upload.dir=target/api-tests/uploads", "tasvieh.web.out-dir=target/api-tests/output",
		"tasvieh.users[0].username=fatemeh", "tasvieh.users[0].password={noop}fatemeh-pw",
		"tasvieh.users[0].roles=FINANCE", "tasvieh.users[1].username=mehdi", "tasvieh.users[1].password={noop}mehdi-pw",
		"tasvieh.users[1].roles=MANAGER", "tasvieh.users[2].username=sara", "tasvieh.users[2].password={noop}sara-pw",
		"tasvieh.users[2].roles=FINANCE,MANAGER" })
@AutoConfigureMockMvc
class SearchApiIntegrationTests {

	private static int sheets;

	@Autowired
	MockMvc mvc;

	private long runId;

	@BeforeEach
	void uploadASheetOfThreeRows() throws Exception {
		int n = ++sheets;
		String csv = "name,sheba,amount,tracker\n" + "Maryam Hosseini,IR820540102680020817909002,1000000,emp_1001-" + n
				+ "\n" + "Ali Rezaei,IR550570022080013447370101,2000000,emp-2002-" + n + "\n"
				+ "علی کریمی,IR790610000000700796858044,3000000,emp-3003-" + n + "\n";
		MockMultipartFile file = new MockMultipartFile("file", "search-" + n + ".csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		String body = this.mvc.perform(multipart("/api/runs").file(file).with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		this.runId = ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	@Test
	void findsRowsByPartOfTheNameWhateverItsCase() throws Exception {
		search("maryam").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[*].row", contains(2)));
		search("علی").andExpect(jsonPath("$.rows[*].row", contains(4)));
	}

	@Test
	void findsRowsByPartOfTheDestinationTypedWithPersianDigitsOrSpaces() throws Exception {
		search("۰۵۷۰ ۰۲۲").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[*].row", contains(3)));
		search("ir7906").andExpect(jsonPath("$.rows[*].row", contains(4)));
	}

	@Test
	void findsRowsByTrackerTakingAnUnderscoreLiterally() throws Exception {
		search("EMP_1001").andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.rows[*].row", contains(2)));
		search("emp-3003").andExpect(jsonPath("$.rows[*].row", contains(4)));
	}

	@Test
	void findsARowByItsSheetRowNumber() throws Exception {
		search("3").andExpect(jsonPath("$.rows[*].row", hasItem(3)));
	}

	@Test
	void combinesTheSearchWithTheStatusAndAnswersNothingWhenNothingMatches() throws Exception {
		this.mvc
			.perform(get("/api/runs/" + this.runId + "/rows").param("q", "rezaei")
				.param("status", "INVALID")
				.with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(jsonPath("$.total").value(0));
		search("nobody-at-all").andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.rows").isEmpty());
	}

	@Test
	void filtersTheRunsByStatusAndByWhetherTheyNeedAttention() throws Exception {
		this.mvc.perform(get("/api/runs").param("status", "validated").with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) this.runId)))
			.andExpect(jsonPath("$[*].status", everyItem(is("VALIDATED"))));
		this.mvc.perform(get("/api/runs").param("status", "COMPLETED").with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) this.runId))));
		this.mvc.perform(get("/api/runs").param("attention", "true").with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(jsonPath("$[*].needsAttention", everyItem(is(true))));
		this.mvc.perform(get("/api/runs").param("status", "SOMEDAY").with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(status().isBadRequest());
	}

	private ResultActions search(String q) throws Exception {
		return this.mvc
			.perform(get("/api/runs/" + this.runId + "/rows").param("q", q).with(httpBasic("fatemeh", "fatemeh-pw")))
			.andExpect(status().isOk());
	}

}
