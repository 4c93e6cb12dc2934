package ir.tasvieh.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import ir.tasvieh.run.Runs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Vandar run whose batch call was lost while the sandbox answers questions about the
 * batch unclearly (docs/SPEC.md section 6.1): its rows stay {@code UNKNOWN}, are never
 * sent again on their own, and two managers settle them, each row ending in exactly one
 * batch Vandar took.
 */
class VandarDoubtIntegrationTests extends InDoubtRuns {

	@Autowired
	Runs runs;

	@Test
	void aBatchVandarNeverTookStaysInDoubtUntilManagersSaySoAndIsThenPaidOnce() throws Exception {
		String prefix = "VDOUBT-" + System.nanoTime();
		this.sandbox(Map.of("vandarFailEveryNth5xx", 1, "vandarUnclearInquiries", "unknown"));
		long id = paid(prefix, "TRACKING", "vandar");
		this.sandbox(Map.of("vandarFailEveryNth5xx", 0));
		this.runs.refresh();

		assertThat(rowStatuses(id)).containsExactly("UNKNOWN", "UNKNOWN");
		assertThat(batchesHolding(prefix + "-A")).containsOnly("server_error");
		long decision = proposed(id,
				"{\"rows\": [2, 3], \"outcome\": \"NOT_RECEIVED\", \"note\": \"Vandar's panel has no such batch\"}");
		assertThat(rowStatuses(id)).containsExactly("UNKNOWN", "UNKNOWN");
		confirm(decision, secondManager()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			this.runs.refresh();
			assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");
		});
		assertThat(batchesHolding(prefix + "-A")).containsOnlyOnce("accepted");
		assertThat(batchesHolding(prefix + "-B")).containsOnlyOnce("accepted");
	}

	@Test
	void aBatchVandarTookWhoseAnswerWasLostIsSettledPaidByADecisionWithoutBeingSentAgain() throws Exception {
		String prefix = "VLOST-" + System.nanoTime();
		this.sandbox(Map.of("vandarLoseEveryNthAnswer", 1, "vandarUnclearInquiries", "all"));
		long id = paid(prefix, "TRACKING", "vandar");
		this.sandbox(Map.of("vandarLoseEveryNthAnswer", 0));
		this.runs.refresh();

		assertThat(rowStatuses(id)).containsExactly("UNKNOWN", "UNKNOWN");
		long decision = proposed(id, "{\"rows\": [2, 3], \"outcome\": \"PAID\", \"providerRef\": \"V-PANEL-1\","
				+ " \"note\": \"Vandar's panel shows the batch paid\"}");
		confirm(decision, secondManager()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPLIED"));

		assertThat(rowStatuses(id)).containsExactly("PAID", "PAID");
		awaitStatus(id, "COMPLETED");
		assertThat(batchesHolding(prefix + "-A")).containsExactly("accepted");
		assertThat(batchesHolding(prefix + "-B")).containsExactly("accepted");
	}

	/** The outcome of every batch-create call the sandbox received holding a tracker. */
	private List<String> batchesHolding(String tracker) {
		return RestClient.create("http://127.0.0.1:" + this.port + "/sandbox/vandar")
			.get()
			.uri("/_requests")
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.stream()
			.filter((request) -> String.valueOf(request.get("trackIds")).contains(tracker))
			.map((request) -> String.valueOf(request.get("outcome")))
			.toList();
	}

	private long proposed(long runId, String body) throws Exception {
		String created = decide(runId, manager(), body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PROPOSED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	private ResultActions decide(long runId, RequestPostProcessor who, String body) throws Exception {
		return this.mvc.perform(post("/api/runs/" + runId + "/decisions").with(who)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions confirm(long decision, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(post("/api/decisions/" + decision + "/confirm").with(who));
	}

}
