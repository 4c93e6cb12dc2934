package ir.tasvieh.web;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A decision confirmed while another instance holds the run's lease (it is paying or
 * following the run) is refused at once with {@code 409 RUN_BUSY} (docs/SPEC.md sections
 * 6.1 and 9.4), never waits for the lease, and changes nothing: confirmed again once the
 * run is free, it takes effect.
 */
class DecisionWhileBusyIntegrationTests extends InDoubtRuns {

	@Test
	void aConfirmationWhileAnotherInstanceWorksOnTheRunIsRefusedAtOnceAndLaterTakesEffect() throws Exception {
		String prefix = "BUSY-" + System.nanoTime();
		this.sandbox(Map.of("failEveryNth5xx", 1, "unclearInquiries", "unknown"));
		long id = paid(prefix, "TRACKING");
		String proposed = this.mvc
			.perform(post("/api/runs/" + id + "/decisions").with(manager())
				.contentType("application/json")
				.content("{\"rows\": [2, 3], \"outcome\": \"FAILED\", \"note\": \"failed in the panel\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long decision = ((Number) JsonPath.read(proposed, "$.id")).longValue();
		// Another instance, on another host, is working on the run and keeps its lease
		// fresh.
		this.jdbc.update("UPDATE payout_run SET owner = ?, heartbeat_at = ? WHERE id = ?", "4242@elsewhere/busy",
				Timestamp.from(Instant.now()), id);

		assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> this.mvc.perform(post("/api/decisions/" + decision + "/confirm").with(secondManager()))
					.andExpect(status().isConflict())
					.andExpect(jsonPath("$.error").value("RUN_BUSY")));
		assertThat(rowStatuses(id)).containsExactly("UNKNOWN", "UNKNOWN");

		this.jdbc.update("UPDATE payout_run SET owner = NULL, heartbeat_at = NULL WHERE id = ?", id);
		this.mvc.perform(post("/api/decisions/" + decision + "/confirm").with(secondManager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPLIED"));
		assertThat(rowStatuses(id)).containsExactly("FAILED", "FAILED");
	}

}
