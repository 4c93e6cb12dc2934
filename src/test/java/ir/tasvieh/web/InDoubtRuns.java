package ir.tasvieh.web;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import ir.tasvieh.mail.MailTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Runs whose payouts end in doubt (docs/SPEC.md section 6.1) on the built-in sandbox,
 * told over HTTP to lose calls and to answer inquiries unclearly; the API as fatemeh
 * (finance), mehdi and sara (managers); mail to a real SMTP server. One context for the
 * classes that extend it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tasvieh.sandbox.nextpay.queue-time=100ms",
		"tasvieh.sandbox.nextpay.settle-time=300ms", "tasvieh.tracking.poll-interval=100ms",
		"tasvieh.approval.follow-for=PT1S", "tasvieh.tracking.attention-after=PT1M",
		"tasvieh.mail.to=managers@tasvieh.test", "tasvieh.upload.dir=target/doubt-tests/uploads",
		"tasvieh.web.out-dir=target/doubt-tests/output", "tasvieh.users[0].username=fatemeh",
		"tasvieh.users[0].password={noop}fatemeh-pw", "tasvieh.users[0].roles=FINANCE",
		"tasvieh.users[1].username=mehdi", "tasvieh.users[1].password={noop}mehdi-pw", "tasvieh.users[1].roles=MANAGER",
		"tasvieh.users[2].username=sara", "tasvieh.users[2].password={noop}sara-pw", "tasvieh.users[2].roles=MANAGER" })
@AutoConfigureMockMvc
abstract class InDoubtRuns {

	static final ServerSetup SMTP = MailTestSupport.smtpOnFreePort();

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(SMTP).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", SMTP::getBindAddress);
		registry.add("spring.mail.port", SMTP::getPort);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@BeforeEach
	@AfterEach
	void resetSandbox() {
		sandbox(Map.of("reset", true));
	}

	/** Turns the sandbox's fault knobs. */
	void sandbox(Map<String, Object> knobs) {
		RestClient.create("http://127.0.0.1:" + this.port + "/sandbox")
			.post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	/** Every checkout call the sandbox received for a tracker, with its outcome. */
	List<String> checkoutsOf(String tracker) {
		return RestClient.create("http://127.0.0.1:" + this.port + "/sandbox")
			.get()
			.uri("/nextpay/_requests?tracker={tracker}", tracker)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.stream()
			.filter((request) -> String.valueOf(request.get("operation")).startsWith("checkout"))
			.map((request) -> String.valueOf(request.get("outcome")))
			.toList();
	}

	/**
	 * Hands in (fatemeh) and approves (mehdi) a sheet of two rows, sheet rows 2 and 3,
	 * under trackers {@code <prefix>-A} and {@code <prefix>-B}, and waits until it is
	 * reported.
	 */
	long paid(String prefix, String expectedStatus) throws Exception {
		return paid(prefix, expectedStatus, "nextpay");
	}

	/** As {@link #paid(String, String)}, through the given provider. */
	long paid(String prefix, String expectedStatus, String provider) throws Exception {
		long n = System.nanoTime();
		String csv = "name,sheba,amount,tracker\nPayee A,IR820540102680020817909002," + (6_000_000L + n % 1000) + ","
				+ prefix + "-A\nPayee B,IR550570022080013447370101," + (7_000_000L + n % 997) + "," + prefix + "-B\n";
		MvcResult result = this.mvc
			.perform(multipart("/api/runs")
				.file(new MockMultipartFile("file", prefix + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("provider", provider)
				.with(finance()))
			.andExpect(status().isCreated())
			.andReturn();
		long id = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
		// Approving waits for the sheet's turn in the validation queue, as a manager
		// would.
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> this.mvc.perform(get("/api/runs/" + id).with(manager()))
				.andExpect(jsonPath("$.status").value("VALIDATED")));
		String approved = this.mvc.perform(post("/api/runs/" + id + "/approve").with(manager()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(approved).as("approving run %d", id).contains("\"id\":" + id);
		awaitStatus(id, expectedStatus);
		return id;
	}

	void awaitStatus(long id, String expected) {
		await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> this.mvc.perform(get("/api/runs/" + id).with(manager()))
				.andExpect(jsonPath("$.status").value(expected)));
	}

	/** The status of each row of a run, in sheet order. */
	List<String> rowStatuses(long id) throws Exception {
		String rows = this.mvc.perform(get("/api/runs/" + id + "/rows").with(finance()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(rows, "$.rows[*].status");
	}

	/** Makes a run's payouts in doubt look {@code ago} old to attention-after. */
	void inDoubtFor(long id, Duration ago) {
		this.jdbc.update("UPDATE payout SET updated_at = ? WHERE run_id = ? AND status = 'UNKNOWN'",
				Timestamp.from(Instant.now().minus(ago)), id);
	}

	static RequestPostProcessor finance() {
		return httpBasic("fatemeh", "fatemeh-pw");
	}

	static RequestPostProcessor manager() {
		return httpBasic("mehdi", "mehdi-pw");
	}

	static RequestPostProcessor secondManager() {
		return httpBasic("sara", "sara-pw");
	}

}
