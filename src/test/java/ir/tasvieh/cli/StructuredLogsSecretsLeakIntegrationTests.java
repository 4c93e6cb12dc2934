package ir.tasvieh.cli;

import java.util.List;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secrets-leak checks of {@link SecretsLeakIntegrationTests} with the log in Spring
 * Boot's structured form for log collectors
 * ({@code logging.structured.format.console=ecs}, SPEC 9.8): a JSON object a line, which
 * must keep secrets and full card numbers out just as the plain form does.
 */
@TestPropertySource(properties = "logging.structured.format.console=ecs")
class StructuredLogsSecretsLeakIntegrationTests extends SecretsLeakIntegrationTests {

	@Test
	void writesEachLogLineAsOneJsonObject(CapturedOutput output) {
		LogFactory.getLog(StructuredLogsSecretsLeakIntegrationTests.class).warn("a line for the log collector");
		List<String> lines = output.getAll().lines().filter((line) -> line.startsWith("{")).toList();
		assertThat(lines).isNotEmpty();
		JsonMapper json = JsonMapper.builder().build();
		JsonNode last = json.readTree(lines.get(lines.size() - 1));
		// ECS names the level log.level, nested or dotted depending on the version.
		assertThat(last.path("log").path("level").asString() + last.path("log.level").asString()).isEqualTo("WARN");
		assertThat(last.path("message").asString()).isEqualTo("a line for the log collector");
		assertThat(last.path("@timestamp").asString()).isNotBlank();
	}

}
