package ir.tasvieh.provider.sandbox.nextpay;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.awaitility.core.ConditionTimeoutException;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import static org.awaitility.Awaitility.await;

/**
 * Talks to the sandbox over real HTTP as tasvieh's NextPay client does: form-urlencoded
 * POSTs asking for JSON.
 */
final class SandboxClient {

	static final String SHEBA = "820540102680020817909002";

	static final String CARD = "6037991234567893";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An HTTP answer; {@code body} is empty unless it was JSON. */
	record Answer(int status, Map<String, Object> body, String text) {

		int code() {
			return ((Number) this.body.get("code")).intValue();
		}

		long number(String field) {
			return ((Number) this.body.get(field)).longValue();
		}

		String string(String field) {
			return (String) this.body.get(field);
		}

	}

	private final RestClient client;

	SandboxClient(int port) {
		this(port, null);
	}

	SandboxClient(int port, Duration readTimeout) {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		if (readTimeout != null) {
			requests.setReadTimeout(readTimeout);
		}
		this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port).requestFactory(requests).build();
	}

	static String newTracker() {
		return "t-" + UUID.randomUUID();
	}

	/** The fields of a valid call, with credentials; callers add or remove fields. */
	static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("wid", "1234");
		fields.put("auth", "sandbox-secret");
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	/** A valid SHEBA payout in rials under the tracker. */
	Answer checkout(String operation, String tracker, long amountIrr) {
		return post("nextpay/" + operation, fields("amount", Long.toString(amountIrr), "currency", "IRR", "sheba",
				SHEBA, "name", "Ali Rezaei", "tracker", tracker));
	}

	Answer post(String path, Map<String, String> fields) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		fields.forEach(form::add);
		return this.client.post()
			.uri("/sandbox/" + path)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.APPLICATION_JSON)
			.body(form)
			.exchange((request, response) -> answer(response.getStatusCode().value(),
					response.getHeaders().getContentType(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	Answer postJson(String path, Map<String, Object> body) {
		return this.client.post()
			.uri("/sandbox/" + path)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.body(body)
			.exchange((request, response) -> answer(response.getStatusCode().value(),
					response.getHeaders().getContentType(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	Answer status(String tracker) {
		return post("nextpay/get_checkout_status_tracker", fields("tracker", tracker));
	}

	Answer balance() {
		return post("nextpay/get_balance", fields());
	}

	List<Map<String, Object>> requests(String tracker) {
		String json = this.client.get()
			.uri("/sandbox/nextpay/_requests?tracker={tracker}", tracker)
			.retrieve()
			.body(String.class);
		return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
	}

	/**
	 * Polls the status by tracker until it reads {@code wanted}; returns every status
	 * seen.
	 */
	List<String> awaitStatus(String tracker, String wanted) {
		List<String> seen = new ArrayList<>();
		try {
			await().atMost(Duration.ofSeconds(15))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(40))
				.until(() -> {
					String status = status(tracker).string("status");
					if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
						seen.add(status);
					}
					return wanted.equals(status);
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No " + wanted + " for " + tracker + "; saw " + seen, ex);
		}
		return seen;
	}

	private static Answer answer(int status, MediaType type, String text) {
		boolean json = type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON);
		Map<String, Object> body = json ? JSON.readValue(text, new TypeReference<Map<String, Object>>() {
		}) : Map.of();
		return new Answer(status, body, text);
	}

}
