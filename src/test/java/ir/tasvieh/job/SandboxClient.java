package ir.tasvieh.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import ir.tasvieh.provider.ProviderName;

/**
 * Talks to the built-in sandbox over HTTP: its fault knobs and its log of what it
 * received.
 */
final class SandboxClient {

	private final RestClient http;

	SandboxClient(int port) {
		this.http = RestClient.create("http://127.0.0.1:" + port + "/sandbox");
	}

	void control(Map<String, Object> knobs) {
		this.http.post()
			.uri("/control")
			.contentType(MediaType.APPLICATION_JSON)
			.body(knobs)
			.retrieve()
			.toBodilessEntity();
	}

	void reset() {
		control(Map.of("reset", true));
	}

	/** Every checkout request the sandbox received for a tracker. */
	List<Map<String, Object>> checkoutRequests(String tracker) {
		return this.http.get()
			.uri("/nextpay/_requests?tracker={tracker}", tracker)
			.retrieve()
			.body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
			})
			.stream()
			.filter((request) -> String.valueOf(request.get("operation")).startsWith("checkout"))
			.toList();
	}

	/** How many checkout requests for a tracker the sandbox accepted, that is paid. */
	long accepted(String tracker) {
		return checkoutRequests(tracker).stream()
			.filter((request) -> "accepted".equals(request.get("outcome")))
			.count();
	}

	long duplicates(String tracker) {
		return checkoutRequests(tracker).stream()
			.filter((request) -> "duplicate".equals(request.get("outcome")))
			.count();
	}

	/**
	 * How many times each tracker was taken by the sandbox (an accepted NextPay checkout,
	 * or an accepted Vandar batch holding it as a track_id): paid, or on its way.
	 */
	Map<String, Long> acceptedByTracker(ProviderName provider) {
		Map<String, Long> accepted = new HashMap<>();
		if (provider == ProviderName.NEXTPAY) {
			for (Map<String, Object> request : log("/nextpay/_requests")) {
				if (String.valueOf(request.get("operation")).startsWith("checkout")
						&& "accepted".equals(request.get("outcome"))) {
					accepted.merge(String.valueOf(request.get("tracker")), 1L, Long::sum);
				}
			}
			return accepted;
		}
		for (Map<String, Object> request : log("/vandar/_requests")) {
			if ("accepted".equals(request.get("outcome"))) {
				for (Object trackId : (List<?>) request.get("trackIds")) {
					accepted.merge(String.valueOf(trackId), 1L, Long::sum);
				}
			}
		}
		return accepted;
	}

	/**
	 * When the sandbox received each call that would send a tracker (a NextPay checkout,
	 * or a Vandar batch holding it as a track_id), whatever it answered.
	 */
	Map<String, List<Instant>> sendsByTracker(ProviderName provider) {
		Map<String, List<Instant>> sends = new HashMap<>();
		if (provider == ProviderName.NEXTPAY) {
			for (Map<String, Object> request : log("/nextpay/_requests")) {
				if (String.valueOf(request.get("operation")).startsWith("checkout")) {
					sends.computeIfAbsent(String.valueOf(request.get("tracker")), (key) -> new ArrayList<>())
						.add(Instant.parse(String.valueOf(request.get("receivedAt"))));
				}
			}
			return sends;
		}
		for (Map<String, Object> request : log("/vandar/_requests")) {
			for (Object trackId : (List<?>) request.get("trackIds")) {
				sends.computeIfAbsent(String.valueOf(trackId), (key) -> new ArrayList<>())
					.add(Instant.parse(String.valueOf(request.get("receivedAt"))));
			}
		}
		return sends;
	}

	private List<Map<String, Object>> log(String path) {
		return this.http.get().uri(path).retrieve().body(new ParameterizedTypeReference<List<Map<String, Object>>>() {
		});
	}

}
