package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stopping a run through {@code POST /api/runs/{id}/stop} and through the stop button of
 * its page (docs/SPEC.md 9.4, 9.7), while the sandbox answers slowly: the run is STOPPED
 * at once, its rows never sent say who stopped it and why, finance may not stop it, and a
 * run not being paid answers 409 NOT_STOPPABLE. The same context as
 * {@link FailuresApiIntegrationTests}.
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
class StopApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	private RestClient sandbox;

	@BeforeEach
	void slowTheSandbox() {
		this.sandbox = RestClient.create("http://127.0.0.1:" + this.port + "/sandbox");
		control(Map.of("reset", true, "delay", "2s"));
	}

	@AfterEach
	void calmTheSandbox() {
		control(Map.of("reset", true));
	}

	@Test
	void aManagerStopsARunThroughTheApiAndItsRowsNeverSentSayWhoAndWhy() throws Exception {
		long id = beingPaid();
		this.mvc
			.perform(post("/api/runs/" + id + "/stop").with(finance())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"finance may not\"}"))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/api/runs/" + id + "/stop").with(manager())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"duplicate payroll\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("STOPPED"))
			.andExpect(jsonPath("$.message").value("Stopped by mehdi: duplicate payroll"));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> this.mvc.perform(get("/api/runs/" + id + "/rows").with(finance()))
				.andExpect(jsonPath("$.rows[?(@.status == 'SUBMITTED' || @.status == 'READY')]").isEmpty()));
		MvcResult rows = this.mvc.perform(get("/api/runs/" + id + "/rows?status=CANCELED").with(finance()))
			.andExpect(status().isOk())
			.andReturn();
		List<String> reasons = JsonPath.read(rows.getResponse().getContentAsString(), "$.rows[*].reason");
		assertThat(reasons).isNotEmpty().containsOnly("stopped by mehdi before sending: duplicate payroll");
		this.mvc.perform(get("/api/runs/" + id).with(finance())).andExpect(jsonPath("$.status").value("STOPPED"));
		this.mvc.perform(post("/api/runs/" + id + "/stop").with(manager()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOT_STOPPABLE"));
	}

	@Test
	void theRunPageHasAStopButtonThatAsksForAReasonAndAConfirmation() throws Exception {
		long id = beingPaid();
		String page = this.mvc
			.perform(get("/runs/" + id).with(user("mehdi").roles("MANAGER")).cookie(PagesIntegrationTests.ENGLISH))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"stop-form\"", "Stop paying", "name=\"reason\"", "id=\"stop-confirm\"")
			.containsPattern("<textarea[^>]*required")
			.containsPattern("type=\"checkbox\"[^>]*required");
		String financePage = this.mvc.perform(get("/runs/" + id).with(user("fatemeh").roles("FINANCE")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(financePage).doesNotContain("id=\"stop-form\"");

		this.mvc
			.perform(post("/runs/" + id + "/stop").param("reason", "wrong month")
				.param("confirm", "on")
				.with(user("mehdi").roles("MANAGER"))
				.with(csrf()))
			.andExpect(redirectedUrl("/runs/" + id));

		this.mvc.perform(get("/api/runs/" + id).with(finance()))
			.andExpect(jsonPath("$.status").value("STOPPED"))
			.andExpect(jsonPath("$.message").value("Stopped by mehdi: wrong month"));
		String stopped = this.mvc
			.perform(get("/runs/" + id).with(user("mehdi").roles("MANAGER")).cookie(PagesIntegrationTests.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(stopped).contains("Stopped by a manager").doesNotContain("id=\"stop-form\"");
	}

	/**
	 * A run of twenty rows, handed in by fatemeh, approved by mehdi, being paid slowly.
	 */
	private long beingPaid() throws Exception {
		long n = System.nanoTime();
		StringBuilder csv = new StringBuilder("name,sheba,amount\n");
		String[] shebas = { "IR820540102680020817909002", "IR550570022080013447370101" };
		for (int i = 0; i < 20; i++) {
			csv.append("Payee ").append(i).append(',').append(shebas[i % 2]).append(',');
			csv.append(3_000_000L + 1000L * i + n % 997).append('\n');
		}
		MvcResult result = this.mvc
			.perform(multipart("/api/runs").file(new MockMultipartFile("file", "stop-" + n + ".csv", "text/csv",
					csv.toString().getBytes(StandardCharsets.UTF_8)))
				.with(finance()))
			.andExpect(status().isCreated())
			.andReturn();
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager())).andExpect(status().isOk());
		return id;
	}

	private void control(Map<String, Object> knobs) {
		this.sandbox.post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	private static RequestPostProcessor finance() {
		return httpBasic("fatemeh", "fatemeh-pw");
	}

	private static RequestPostProcessor manager() {
		return httpBasic("mehdi", "mehdi-pw");
	}

}
