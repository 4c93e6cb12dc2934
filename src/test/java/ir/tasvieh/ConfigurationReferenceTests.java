package ir.tasvieh;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md is generated from the configuration processor's metadata of every
 * {@code tasvieh.*} key, with each default read from its settings record itself (bound
 * from nothing), so the reference cannot drift from the code. After a change of settings,
 * {@code mvn test -Dtest=ConfigurationReferenceTests -Ddocs.update=true} writes it anew.
 */
class ConfigurationReferenceTests {

	private static final Path REFERENCE = Path.of("docs/configuration.md");

	private static final Path METADATA = Path.of("target/classes/META-INF/spring-configuration-metadata.json");

	@Test
	void theConfigurationReferenceInDocsIsTheOneTheSettingsRecordsMake() throws Exception {
		String generated = reference();
		if (Boolean.getBoolean("docs.update")) {
			Files.writeString(REFERENCE, generated);
		}
		assertThat(Files.readString(REFERENCE)).as("docs/configuration.md is out of date (run with -Ddocs.update=true)")
			.isEqualTo(generated);
	}

	@Test
	void everySettingHasADescription() throws Exception {
		List<String> undescribed = new ArrayList<>();
		for (JsonNode property : metadata().get("properties")) {
			if (property.path("description").asString("").isBlank()) {
				undescribed.add(property.get("name").asString());
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static String reference() throws Exception {
		JsonNode metadata = metadata();
		Map<String, Object> defaults = recordDefaults(metadata.get("groups"));
		Map<String, JsonNode> properties = new TreeMap<>();
		for (JsonNode property : metadata.get("properties")) {
			// A key bound by two records appears twice; one row is enough.
			properties.putIfAbsent(property.get("name").asString(), property);
		}
		StringBuilder out = new StringBuilder();
		out.append("# Configuration reference\n\n");
		out.append("Every `tasvieh.*` key, generated from the settings records (`*Settings`) by\n");
		out.append("`ConfigurationReferenceTests`; do not edit by hand. A key is set like any Spring Boot\n");
		out.append("property: in `application.properties` beside the jar, as `--key=value` on the command line,\n");
		out.append("or as an environment variable (`TASVIEH_NEXTPAY_AUTH` for `tasvieh.nextpay.auth`).\n");
		out.append("What the keys mean together is explained in [running.md](running.md),\n");
		out.append("[providers.md](providers.md) and [security.md](security.md).\n\n");
		out.append("| key | type | default | what it does |\n|---|---|---|---|\n");
		for (JsonNode property : properties.values()) {
			String name = property.get("name").asString();
			Object value = defaults.containsKey(name) ? defaults.get(name) : property.get("defaultValue");
			out.append("| `")
				.append(name)
				.append("` | ")
				.append(shortType(property.path("type").asString("")))
				.append(" | ")
				.append(shown(value))
				.append(" | ")
				.append(cell(property.path("description").asString("")))
				.append(" |\n");
		}
		return out.toString();
	}

	private static JsonNode metadata() throws IOException {
		assertThat(METADATA).as("the configuration processor's metadata (run mvn compile)").exists();
		return JsonMapper.builder().build().readTree(METADATA.toFile());
	}

	/** Each settings record bound from no property at all: its defaults, by key. */
	private static Map<String, Object> recordDefaults(JsonNode groups) throws Exception {
		Map<String, Object> defaults = new HashMap<>();
		Binder empty = new Binder(new MapConfigurationPropertySource());
		for (JsonNode group : groups) {
			String prefix = group.get("name").asString();
			Class<?> type = Class.forName(group.get("type").asString().replace('$', '$'), false,
					ConfigurationReferenceTests.class.getClassLoader());
			if (!type.isRecord()) {
				continue;
			}
			Object bound = empty.bindOrCreate(prefix, type);
			for (var component : type.getRecordComponents()) {
				Method accessor = component.getAccessor();
				accessor.setAccessible(true);
				defaults.put(prefix + "." + kebab(component.getName()), accessor.invoke(bound));
			}
		}
		return defaults;
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
	}

	private static String shortType(String type) {
		return cell(type.replaceAll("[a-z]+\\.", "").replace('$', '.'));
	}

	private static String shown(Object value) {
		if (value == null || (value instanceof JsonNode node && node.isNull())) {
			return "";
		}
		if (value instanceof JsonNode node) {
			return "`" + cell(node.isString() ? node.asString() : node.toString()) + "`";
		}
		if (value instanceof Collection<?> values && values.isEmpty()) {
			return "";
		}
		if (value instanceof Record) {
			return "";
		}
		return "`" + cell(String.valueOf(value)) + "`";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ").replaceAll("\\{@code ([^}]*)}", "`$1`");
	}

}
