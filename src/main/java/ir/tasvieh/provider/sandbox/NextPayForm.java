package ir.tasvieh.provider.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one request, whether it came form-urlencoded or as JSON, as trimmed text.
 */
record NextPayForm(Map<String, String> fields) {

	static NextPayForm of(Map<String, Object> json) {
		Map<String, String> fields = new LinkedHashMap<>();
		json.forEach((key, value) -> {
			if (value != null) {
				fields.put(key, String.valueOf(value));
			}
		});
		return new NextPayForm(fields);
	}

	/** The field's trimmed text, {@code null} when absent or blank. */
	String get(String name) {
		String value = this.fields.get(name);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** Whether the field is given and not blank. */
	boolean has(String name) {
		return get(name) != null;
	}

	/** Whether the field is given at all, even empty. */
	boolean present(String name) {
		return this.fields.containsKey(name);
	}

}
