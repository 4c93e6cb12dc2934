package ir.tasvieh.provider.sandbox.nextpay;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields of one request, whether it came form-urlencoded or as JSON, as trimmed text.
 */
public record NextPayForm(Map<String, String> fields) {

	public static NextPayForm of(Map<String, Object> json) {
		Map<String, String> fields = new LinkedHashMap<>();
		json.forEach((key, value) -> {
			if (value != null) {
				fields.put(key, String.valueOf(value));
			}
		});
		return new NextPayForm(fields);
	}

	/** The field's trimmed text, {@code null} when absent or blank. */
	public String get(String name) {
		String value = this.fields.get(name);
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** Whether the field is given and not blank. */
	public boolean has(String name) {
		return get(name) != null;
	}

	/** Whether the field is given at all, even empty. */
	public boolean present(String name) {
		return this.fields.containsKey(name);
	}

}
