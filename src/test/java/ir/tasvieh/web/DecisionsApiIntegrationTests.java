package ir.tasvieh.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import ir.tasvieh.run.Runs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Managers decide on payouts in doubt over the API (docs/SPEC.md section 6.1, 9.4): with
 * four eyes a decision waits for a second manager; the provider is asked once more before
 * it takes effect and a clear answer wins; rows not received are sent again under their
 * own tracker and paid exactly once, the provider's duplicate check a last guard.
 */
class DecisionsApiIntegrationTests extends InDoubtRuns {

	@Autowired
	Runs runs;

	@Test
	void aDecisionWaitsForASecondManagerAndItsRowsNotReceivedArePaidExactlyOnce() throws Exception {
		String prefix = "DECIDE-" + System.nanoTime();
		this.sandbox(Map.of("failEveryNth5xx", 1, "unclearInquiries", "unknown"));
		long id = paid(prefix, "TRACKING");
		// The provider takes calls again, but still answers nothing clear about these
		// rows.
		this.sandbox(Map.of("failEveryNth5xx", 0));

		decide(id, manager(), "{\"rows\": [2], \"outcome\": \"NOT_RECEIVED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value("NOTE_MISSING"));
		decide(id, finance(), "{\"rows\": [2], \"outcome\": \"NOT_RECEIVED\", \"note\": \"no such payout\"}")
			.andExpect(status().isForbidden());
		MvcResult proposed = decide(id, manager(),
				"{\"rows\": [2], \"outcome\": \"NOT_RECEIVED\", \"note\": \"the panel has no such payout\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andExpect(jsonPath("$.runId").value(id))
			.andExpect(jsonPath("$.rows[0]").value(2))
			.andExpect(jsonPath("$.proposedBy").value("mehdi"))
			.andReturn();
		long decision = ((Number) JsonPath.read(proposed.getResponse().getContentAsString(), "$.id")).longValue();
		assertThat(proposed.getResponse().getHeader("Location")).isEqualTo("/api/decisions/" + decision);
		this.mvc.perform(get("/api/decisions?status=PROPOSED").with(finance()))
			.andExpect(jsonPath("$[*].id", hasItem((int) decision)));
		assertThat(rowStatuses(id)).containsExactly("UNKNOWN", "UNKNOWN");

		confirm(decision, manager()).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("FOUR_EYES"));
		confirm(decision, secondManager()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.confirmedBy").value("sara"));
		confirm(decision, secondManager()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOT_PROPOSED"));
		this.mvc.perform(get("/api/decisions?status=PROPOSED").with(finance()))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) decision))));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.runs.refresh();
			assertThat(rowStatuses(id)).containsExactly("PAID", "UNKNOWN");
		});
		assertThat(checkoutsOf(prefix + "-A")).containsExactly("server_error", "accepted");
		decide(id, manager(), "{\"rows\": [2, 3], \"outcome\": \"FAILED\", \"note\": \"again\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value("NOT_IN_DOUBT"));
		assertThat(auditActions(id)).contains("DECISION_PROPOSED", "DECISION_APPLIED", "RESENT");
	}

	@Test
	void aClearAnswerFromTheProviderOvertakesTheDecisionWhenItIsConfirmed() throws Exception {
		String prefix = "OVERTAKEN-" + System.nanoTime();
		this.sandbox(Map.of("failEveryNth5xx", 1, "unclearInquiries", "unknown"));
		long id = paid(prefix, "TRACKING");
		long decision = proposed(id, "{\"rows\": [3], \"outcome\": \"PAID\", \"providerRef\": \"X-77\","
				+ " \"note\": \"the panel shows it paid\"}");
		// The provider now says clearly that it never took row 3: that wins over "paid".
		this.sandbox(Map.of("failEveryNth5xx", 0, "unclearInquiries", "none"));

		confirm(decision, secondManager()).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OVERTAKEN"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.runs.refresh();
			assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");
		});
		assertThat(checkoutsOf(prefix + "-B")).containsExactly("server_error", "accepted");
		assertThat(auditActions(id)).contains("DECISION_OVERTAKEN");
	}

	@Test
	void aRowWronglyDecidedNotReceivedIsStoppedByTheProvidersDuplicateCheckAndNeverPaidTwice() throws Exception {
		String prefix = "TAKEN-" + System.nanoTime();
		this.sandbox(Map.of("loseEveryNthAnswer", 1, "unclearInquiries", "all"));
		long id = paid(prefix, "TRACKING");
		long decision = proposed(id, "{\"rows\": [2], \"outcome\": \"NOT_RECEIVED\", \"note\": \"not in the panel\"}");
		this.sandbox(Map.of("loseEveryNthAnswer", 0));

		confirm(decision, secondManager()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(checkoutsOf(prefix + "-A")).containsExactly("accepted", "duplicate"));
		awaitStatus(id, "TRACKING");
		assertThat(rowStatuses(id)).containsExactly("UNKNOWN", "UNKNOWN");
		this.sandbox(Map.of("unclearInquiries", "none"));
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.runs.refresh();
			assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");
		});
		assertThat(checkoutsOf(prefix + "-A")).containsExactly("accepted", "duplicate");
	}

	private long proposed(long runId, String body) throws Exception {
		MvcResult result = decide(runId, manager(), body).andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andReturn();
		return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
	}

	private ResultActions decide(long runId, RequestPostProcessor who, String body) throws Exception {
		return this.mvc.perform(post("/api/runs/" + runId + "/decisions").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions confirm(long decision, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(post("/api/decisions/" + decision + "/confirm").with(who));
	}

	private List<String> auditActions(long runId) {
		return this.jdbc.queryForList("SELECT action FROM run_audit WHERE run_id = ? ORDER BY id", String.class, runId);
	}

}
