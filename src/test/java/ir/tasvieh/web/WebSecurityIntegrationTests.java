package ir.tasvieh.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in and the rules every request passes (SPEC 9.1), through the real filter chains.
 */
@SpringBootTest
@WebTestUsers
@AutoConfigureMockMvc
class WebSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void sendsAnAnonymousVisitorOfAPageToTheSignInPage() throws Exception {
		this.mvc.perform(get("/runs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/runs/7")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void answersAnAnonymousScript401InJsonWithABasicChallenge() throws Exception {
		this.mvc.perform(get("/api/runs"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic ")))
			.andExpect(jsonPath("$.error").value("UNAUTHORIZED"))
			.andExpect(jsonPath("$.message").isNotEmpty());
	}

	@Test
	void answersAWrongPassword401() throws Exception {
		this.mvc.perform(get("/api/runs").with(httpBasic("manager", "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("UNAUTHORIZED"));
		this.mvc.perform(get("/api/runs").with(httpBasic("nobody", "whatever")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("UNAUTHORIZED"));
	}

	@Test
	void locksAUserAfterFiveMissesEvenForTheRightPassword() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/runs").with(httpBasic("clumsy", "guess-" + i)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/runs").with(httpBasic("clumsy", "clumsy-pw")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.error").value("LOCKED"))
			.andExpect(header().exists("Retry-After"));
		this.mvc.perform(post("/login").param("username", "clumsy").param("password", "clumsy-pw").with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void signsInWithTheFormAndGoesToTheRuns() throws Exception {
		this.mvc.perform(post("/login").param("username", "finance").param("password", "finance-pw").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/runs"));
	}

	@Test
	void sendsAFailedFormSignInBackWithAnErrorAndLocksItToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login").param("username", "formfumbler").param("password", "guess").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc
			.perform(post("/login").param("username", "formfumbler").param("password", "formfumbler-pw").with(csrf()))
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/api/runs").with(httpBasic("formfumbler", "formfumbler-pw")))
			.andExpect(jsonPath("$.error").value("LOCKED"));
	}

	@Test
	void refusesAPageFormWithoutItsCsrfToken() throws Exception {
		this.mvc.perform(post("/runs/1/approve").with(user("manager").roles("MANAGER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/login").param("username", "finance").param("password", "finance-pw"))
			.andExpect(status().isForbidden());
	}

	@Test
	void signsOutWithAPost() throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(post("/login").param("username", "manager").param("password", "manager-pw").with(csrf()))
			.andExpect(redirectedUrl("/runs"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/runs").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void letsEveryoneReachTheSignInPageAndStaticFiles() throws Exception {
		this.mvc.perform(get("/css/app.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/app.js")).andExpect(status().isOk());
		this.mvc.perform(get("/login?error")).andExpect((result) -> {
			int code = result.getResponse().getStatus();
			assertThat(code).isNotIn(302, 401, 403);
		});
	}

	@Test
	void sendsSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		this.mvc.perform(get("/api/runs"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void keepsTheSandboxToTheLocalMachineWhateverTheSignIn() throws Exception {
		this.mvc.perform(get("/sandbox/nextpay/_requests").with(httpBasic("manager", "manager-pw")).with((request) -> {
			request.setRemoteAddr("10.0.0.8");
			return request;
		})).andExpect(status().isForbidden());
		this.mvc.perform(get("/sandbox/nextpay/_requests")).andExpect(status().isOk());
	}

}
