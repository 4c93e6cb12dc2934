package ir.tasvieh.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read which actuator endpoint and the API document (SPEC 9.8), through the real
 * filter chains; a caller elsewhere on the network is a request whose remote address is
 * not the loopback.
 */
@SpringBootTest(properties = { "tasvieh.users[0].username=finance", "tasvieh.users[0].password={noop}finance-pw",
		"tasvieh.users[0].roles=FINANCE", "tasvieh.users[1].username=manager",
		"tasvieh.users[1].password={noop}manager-pw", "tasvieh.users[1].roles=MANAGER" })
@AutoConfigureMockMvc
class ActuatorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void answersHealthToAnonymousCallersWithTheStatusOnly() throws Exception {
		this.mvc.perform(get("/actuator/health").with(remote()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
		this.mvc.perform(get("/actuator/health/liveness").with(remote()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness").with(remote()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void showsAManagerThatReadinessIsTheDatabaseAndNoProvider() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness").with(remote()).with(httpBasic("manager", "manager-pw")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"))
			.andExpect(jsonPath("$.components.mail").doesNotExist());
		this.mvc.perform(get("/actuator/health").with(remote()).with(httpBasic("finance", "finance-pw")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void refusesTheOtherEndpointsToAnonymousCallersAndFinance() throws Exception {
		for (String endpoint : new String[] { "/actuator/metrics", "/actuator/info", "/actuator/prometheus" }) {
			this.mvc.perform(get(endpoint).with(remote()))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.error").value("UNAUTHORIZED"));
			this.mvc.perform(get(endpoint).with(remote()).with(httpBasic("finance", "finance-pw")))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value("FORBIDDEN"));
			this.mvc.perform(get(endpoint).with(remote()).with(httpBasic("manager", "manager-pw")))
				.andExpect(status().isOk());
		}
	}

	@Test
	void letsTheLocalMachineScrapePrometheusWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/actuator/prometheus").with(loopback()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("tasvieh_mail_outbox_size")));
		this.mvc.perform(get("/actuator/metrics").with(loopback())).andExpect(status().isUnauthorized());
	}

	@Test
	void keepsEveryOtherActuatorEndpointOff() throws Exception {
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/loggers", "/actuator/shutdown" }) {
			this.mvc.perform(get(endpoint).with(remote()).with(user("manager").roles("MANAGER")))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void servesTheApiDocumentAndItsPageOnlyAfterSignIn() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(remote()))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("UNAUTHORIZED"));
		this.mvc.perform(get("/swagger-ui/index.html").with(remote()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/v3/api-docs").with(remote()).with(httpBasic("finance", "finance-pw")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/runs']").exists());
		this.mvc.perform(get("/v3/api-docs").with(remote()).with(user("finance").roles("FINANCE")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/index.html").with(remote()).with(user("finance").roles("FINANCE")))
			.andExpect(status().isOk());
	}

	private static RequestPostProcessor remote() {
		return (request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		};
	}

	private static RequestPostProcessor loopback() {
		return (request) -> {
			request.setRemoteAddr("127.0.0.1");
			return request;
		};
	}

}
