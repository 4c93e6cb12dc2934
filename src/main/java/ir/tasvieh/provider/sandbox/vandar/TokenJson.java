package ir.tasvieh.provider.sandbox.vandar;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object that carries tokens: serialised like any map, but printed without its
 * values, because Spring MVC logs request and response bodies at DEBUG by their
 * {@code toString}.
 */
final class TokenJson extends LinkedHashMap<String, Object> {

	TokenJson() {
	}

	TokenJson(Map<String, Object> values) {
		super(values);
	}

	@Override
	public String toString() {
		return "{" + String.join("=******, ", keySet()) + (isEmpty() ? "" : "=******") + "}";
	}

}
