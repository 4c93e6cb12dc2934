package ir.tasvieh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI document describes every request of docs/SPEC.md section 9.4 with each
 * error code the table names, read from the table itself, so neither can drift from the
 * other.
 */
@SpringBootTest(properties = { "tasvieh.users[0].username=finance", "tasvieh.users[0].password={noop}finance-pw",
		"tasvieh.users[0].roles=FINANCE", "tasvieh.users[1].username=manager",
		"tasvieh.users[1].password={noop}manager-pw", "tasvieh.users[1].roles=MANAGER" })
@AutoConfigureMockMvc
class ApiDocumentIntegrationTests {

	/**
	 * The requests docs/SPEC.md 9.4 says are not built yet. Building one makes it appear
	 * in the document and this test fail: take it off this list and describe its answers.
	 */
	private static final Set<String> NOT_BUILT = Set.of();

	private static final Pattern REQUEST = Pattern.compile("^\\| `(GET|POST|PUT|DELETE|PATCH) ([^`?\\s]+)[^`]*`");

	/** An HTTP status, with the error code that follows it when there is one. */
	private static final Pattern ANSWER = Pattern.compile("`?\\b([1-5]\\d\\d)\\b`?(?: ([A-Z][A-Z_]{2,})\\b)?");

	@Autowired
	MockMvc mvc;

	@Test
	void describesEveryRequestOfTheSpecWithItsErrorCodes() throws Exception {
		JsonNode paths = document().get("paths");
		Map<String, Set<String>> requests = specRequests();
		assertThat(requests).as("the rows of docs/SPEC.md 9.4").hasSizeGreaterThanOrEqualTo(10);
		assertThat(requests.get("POST /api/runs")).contains("201", "409 ALREADY_RUN", "422 SHEET_REJECTED", "413");
		for (Map.Entry<String, Set<String>> request : requests.entrySet()) {
			String[] parts = request.getKey().split(" ");
			JsonNode operation = paths.path(parts[1]).path(parts[0].toLowerCase());
			if (NOT_BUILT.contains(request.getKey())) {
				assertThat(operation.isMissingNode()).as(request.getKey() + " is built now: take it off NOT_BUILT")
					.isTrue();
				continue;
			}
			assertThat(operation.isMissingNode()).as(request.getKey() + " is in the document").isFalse();
			assertThat(operation.path("summary").asString()).as(request.getKey() + " has a summary").isNotBlank();
			JsonNode responses = operation.path("responses");
			for (String answer : request.getValue()) {
				String[] statusAndCode = answer.split(" ");
				JsonNode response = responses.path(statusAndCode[0]);
				assertThat(response.isMissingNode()).as(request.getKey() + " answers " + statusAndCode[0]).isFalse();
				if (statusAndCode.length > 1) {
					assertThat(response.path("description").asString())
						.as(request.getKey() + " names " + answer + " in its " + statusAndCode[0] + " answer")
						.contains(statusAndCode[1]);
				}
			}
			assertThat(responses.path("401").path("description").asString()).contains("UNAUTHORIZED");
		}
	}

	@Test
	void saysHowToSignIn() throws Exception {
		JsonNode document = document();
		assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asString())
			.isEqualTo("basic");
		assertThat(document.path("paths").propertyNames()).allMatch((path) -> path.startsWith("/api/"));
	}

	private JsonNode document() throws Exception {
		String body = this.mvc.perform(get("/v3/api-docs").with(httpBasic("finance", "finance-pw")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonMapper.builder().build().readTree(body);
	}

	/** "METHOD /path" of each row of 9.4's table, and the answers it names. */
	private static Map<String, Set<String>> specRequests() throws IOException {
		String spec = Files.readString(Path.of("docs/SPEC.md"), StandardCharsets.UTF_8);
		String section = spec.substring(spec.indexOf("### 9.4"), spec.indexOf("### 9.5"));
		Map<String, Set<String>> requests = new LinkedHashMap<>();
		for (String line : section.split("\\R")) {
			Matcher request = REQUEST.matcher(line);
			if (!request.find()) {
				continue;
			}
			String[] cells = line.split("(?<!\\\\)\\|");
			Set<String> answers = requests.computeIfAbsent(request.group(1) + " " + request.group(2),
					(key) -> new LinkedHashSet<>());
			Matcher answer = ANSWER.matcher(cells[cells.length - 1]);
			while (answer.find()) {
				answers.add(answer.group(1) + ((answer.group(2) != null) ? " " + answer.group(2) : ""));
			}
		}
		return requests;
	}

}
