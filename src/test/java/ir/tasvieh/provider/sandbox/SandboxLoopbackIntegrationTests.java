package ir.tasvieh.provider.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ir.tasvieh.web.WebTestUsers;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

// The web tests' users, so that this shares WebSecurityIntegrationTests' context.
@SpringBootTest
@WebTestUsers
@AutoConfigureMockMvc
class SandboxLoopbackIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "10.1.2.3", "192.168.1.10", "2001:db8::1", "::ffff:10.1.2.3" })
	void forbidsTheSandboxToAnyOtherMachine(String address) throws Exception {
		this.mvc.perform(from(address, balance())).andExpect(status().isForbidden());
		this.mvc.perform(from(address, post("/sandbox/control").param("reset", "true")))
			.andExpect(status().isForbidden());
		this.mvc.perform(from(address, get("/sandbox/nextpay/_requests"))).andExpect(status().isForbidden());
		this.mvc.perform(from(address, get("/sandbox/vandar/_requests"))).andExpect(status().isForbidden());
		this.mvc
			.perform(from(address,
					post("/sandbox/vandar/api/v3/refreshtoken").contentType(MediaType.APPLICATION_JSON)
						.content("{\"refreshtoken\":\"sandbox-refresh-0\"}")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(from(address,
					post("/sandbox/vandar/batch/api/v2/business/b/batches-settlement")
						.contentType(MediaType.APPLICATION_JSON)
						.content("{}")))
			.andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1" })
	void answersTheLocalMachine(String address) throws Exception {
		this.mvc.perform(from(address, balance())).andExpect(status().isOk()).andExpect(jsonPath("$.code").value(200));
	}

	@Test
	void answersVandarsRefreshToTheLocalMachine() throws Exception {
		this.mvc
			.perform(from("127.0.0.1",
					post("/sandbox/vandar/api/v3/refreshtoken").contentType(MediaType.APPLICATION_JSON)
						.content("{\"refreshtoken\":\"not-the-one\"}")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("Unauthenticated"));
	}

	@Test
	void answersJsonAsWellAsForms() throws Exception {
		this.mvc
			.perform(post("/sandbox/nextpay/get_balance").contentType(MediaType.APPLICATION_JSON)
				.content("{\"wid\":1234,\"auth\":\"x\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(200))
			.andExpect(jsonPath("$.totalBalanceIRR").isNumber());
	}

	private static MockHttpServletRequestBuilder balance() {
		return post("/sandbox/nextpay/get_balance").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("wid", "1234")
			.param("auth", "x");
	}

	private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
		return request.with((mock) -> {
			mock.setRemoteAddr(address);
			return mock;
		});
	}

}
