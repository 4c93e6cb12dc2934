package ir.tasvieh.provider.sandbox.vandar;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Talks to the Vandar sandbox over real HTTP as tasvieh's Vandar client would: JSON with
 * a bearer token, the batch's items serialised once, hashed and sent as those bytes.
 */
final class VandarClient {

	static final String BUSINESS = "tasvieh-test";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** An HTTP answer; {@code body} is empty unless it was a JSON object. */
	record Answer(int status, Map<String, Object> body, String text) {

		@SuppressWarnings("unchecked")
		Map<String, Object> map(String field) {
			return (Map<String, Object>) this.body.get(field);
		}

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> list(String field) {
			return (List<Map<String, Object>>) this.body.get(field);
		}

		@SuppressWarnings("unchecked")
		Map<String, List<String>> errors() {
			return (Map<String, List<String>>) this.body.get("errors");
		}

	}

	private final RestClient client;

	String accessToken;

	VandarClient(int port, String accessToken) {
		this.client = RestClient.builder().baseUrl("http://127.0.0.1:" + port + "/sandbox/vandar").build();
		this.accessToken = accessToken;
	}

	/**
	 * A client signed in the way tasvieh signs in: the sandbox's faults cleared, then the
	 * current refresh token exchanged for an access token.
	 */
	static VandarClient signedIn(int port, VandarFaults faults, IssuedTokens tokens) {
		faults.reset();
		VandarClient vandar = new VandarClient(port, null);
		assertThat(vandar.refresh(tokens.current().refreshToken()).status()).isEqualTo(200);
		return vandar;
	}

	static String newTrackId() {
		return "v-" + UUID.randomUUID();
	}

	/** A valid IBAN: {@code IR}, the ISO 13616 check digits, then 22 digits. */
	static String iban(long account) {
		String bban = String.format("%022d", account);
		String rearranged = bban + "182700";
		int remainder = 0;
		for (char digit : rearranged.toCharArray()) {
			remainder = (remainder * 10 + (digit - '0')) % 97;
		}
		return String.format("IR%02d%s", 98 - remainder, bban);
	}

	static Map<String, Object> item(String trackId, long amountIrr) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("track_id", trackId);
		item.put("iban", iban(540102680020817909L));
		item.put("amount", amountIrr);
		item.put("type", "ACH");
		item.put("payment_number", 1);
		item.put("description", "salary");
		return item;
	}

	/** The items as PHP's json_encode writes ASCII: compact, keys in order. */
	static String itemsJson(List<Map<String, Object>> items) {
		return JSON.writeValueAsString(items);
	}

	static String body(String batchId, String itemsJson) {
		return "{\"batch_id\":\"" + batchId + "\",\"batches_settlement\":" + itemsJson + "}";
	}

	/** Hashes the items' text and sends that same text. */
	Answer create(List<Map<String, Object>> items) {
		String json = itemsJson(items);
		return createRaw(body(VandarBatchRequest.sha512Hex(json), json));
	}

	Answer createRaw(String body) {
		return exchange(HttpMethod.POST, "/batch/api/v2/business/" + BUSINESS + "/batches-settlement", body,
				this.accessToken);
	}

	Answer refresh(String refreshToken) {
		Answer answer = exchange(HttpMethod.POST, "/api/v3/refreshtoken", "{\"refreshtoken\":\"" + refreshToken + "\"}",
				null);
		if (answer.status() == 200) {
			this.accessToken = (String) answer.body().get("access_token");
		}
		return answer;
	}

	Answer get(String path) {
		return exchange(HttpMethod.GET, path, null, this.accessToken);
	}

	Answer balance() {
		return get("/api/v2/business/" + BUSINESS + "/balance");
	}

	long balanceToman() {
		return ((Number) balance().map("data").get("wallet")).longValue();
	}

	Answer settlement(String trackId) {
		return get("/api/v4/business/" + BUSINESS + "/settlement/" + trackId);
	}

	/** The settlement cancel call, by transaction id (providers.md 4.4). */
	Answer cancel(Object transactionId) {
		return exchange(HttpMethod.DELETE, "/api/v2.1/business/" + BUSINESS + "/settlement/" + transactionId, null,
				this.accessToken);
	}

	Answer details(String batchId, String query) {
		return get("/batch/api/v2/business/" + BUSINESS + "/batch-settlements/" + batchId + "?" + query);
	}

	List<Map<String, Object>> requests(String batchId) {
		String json = this.client.get().uri("/_requests?batch_id={id}", batchId).retrieve().body(String.class);
		return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
		});
	}

	/** The settlement's status each time it changed until it reads {@code wanted}. */
	List<String> awaitSettlement(String trackId, String wanted) {
		List<String> seen = new ArrayList<>();
		try {
			await().atMost(Duration.ofSeconds(15))
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(40))
				.until(() -> {
					String status = (String) settlementOf(settlement(trackId)).get("status");
					if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
						seen.add(status);
					}
					return wanted.equals(status);
				});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No " + wanted + " for " + trackId + "; saw " + seen, ex);
		}
		return seen;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> settlementOf(Answer answer) {
		return ((List<Map<String, Object>>) answer.map("data").get("settlements")).get(0);
	}

	Answer exchange(HttpMethod method, String path, String body, String bearer) {
		RestClient.RequestBodySpec request = this.client.method(method).uri(path).accept(MediaType.APPLICATION_JSON);
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).body(body.getBytes(StandardCharsets.UTF_8));
		}
		return request.exchange(
				(req, response) -> answer(response.getStatusCode().value(), response.getHeaders().getContentType(),
						new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static Answer answer(int status, MediaType type, String text) {
		boolean json = type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON);
		Map<String, Object> body = json ? JSON.readValue(text, new TypeReference<Map<String, Object>>() {
		}) : Map.of();
		return new Answer(status, body, text);
	}

}
