package ir.tasvieh.provider.vandar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.micrometer.core.instrument.Timer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

import ir.tasvieh.provider.CallFailures;
import ir.tasvieh.provider.ProviderCalls;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.SendGate;

/**
 * Calls Vandar with JSON and {@code Authorization: Bearer}: refreshes the token before it
 * expires and once after a 401, backs off after a 429, and stays under the published rate
 * limits. A call never throws: a lost call is a {@link VandarReply} that says why. No
 * token ever appears in what this class returns.
 */
class VandarClient {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	static final String REFRESH = "refreshtoken";

	/** The operation a cancel call's answer is stored under. */
	static final String CANCEL = "cancel-settlement";

	private static final int ATTEMPTS_AFTER_429 = 3;

	private static final long MAX_RETRY_AFTER_SECONDS = 30;

	private final VandarEndpoint endpoint;

	private final VandarTokens tokens;

	private final VandarSecrets secrets;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	private final Duration firstBackOff;

	/**
	 * Made on the first call: a JDK HTTP client starts a selector thread and sets up TLS
	 * (about 0.2 s of CPU each), which a command that sends nothing, such as
	 * {@code validate}, should not pay (issue 20, docs/benchmarks.md).
	 */
	private final SingletonSupplier<RestClient> rest;

	private final VandarRateLimiter posts;

	private final VandarRateLimiter others;

	private final ProviderCalls calls;

	/**
	 * @param posts the limit of POSTs (30 in 3 s)
	 * @param others the limit of the other calls (100 in 3 s)
	 */
	VandarClient(VandarEndpoint endpoint, VandarSettings settings, VandarTokens tokens, VandarSecrets secrets,
			Duration firstBackOff, VandarRateLimiter posts, VandarRateLimiter others) {
		this(endpoint, settings, tokens, secrets, firstBackOff, posts, others, ProviderCalls.none());
	}

	VandarClient(VandarEndpoint endpoint, VandarSettings settings, VandarTokens tokens, VandarSecrets secrets,
			Duration firstBackOff, VandarRateLimiter posts, VandarRateLimiter others, ProviderCalls calls) {
		this.calls = calls;
		this.posts = posts;
		this.others = others;
		this.endpoint = endpoint;
		this.tokens = tokens;
		this.secrets = secrets;
		this.connectTimeout = settings.connectTimeout();
		this.readTimeout = settings.readTimeout();
		this.firstBackOff = firstBackOff;
		this.rest = SingletonSupplier.of(() -> restClient(this.connectTimeout, this.readTimeout));
	}

	/** {@code POST {batch}/api/v2/business/{business}/batches-settlement}. */
	VandarReply createBatch(byte[] body) {
		return createBatch(body, SendGate.OPEN);
	}

	/**
	 * {@link #createBatch(byte[])}, asking the gate right before each time the batch
	 * would go out (after a wait for the rate limit, and again before a resend after a
	 * 401 or 429): a closed gate leaves it unsent.
	 */
	VandarReply createBatch(byte[] body, SendGate gate) {
		return authorized("batches-settlement", HttpMethod.POST,
				this.endpoint.batch("/api/v2" + this.endpoint.businessPath() + "/batches-settlement"), body, gate);
	}

	/**
	 * {@code DELETE {api}/v2.1/business/{business}/settlement/{transactionId}}: cancels a
	 * settlement that is not final (providers.md section 4.4).
	 */
	VandarReply cancelSettlement(String transactionId) {
		return authorized(CANCEL, HttpMethod.DELETE, this.endpoint
			.api("/v2.1" + this.endpoint.businessPath() + "/settlement/" + VandarEndpoint.segment(transactionId)), null,
				SendGate.OPEN);
	}

	/** One page of {@code GET .../batch-settlements/{batchId}}. */
	VandarReply batchDetails(String batchId, int page) {
		return authorized("batch-settlements", HttpMethod.GET, this.endpoint.batch("/api/v2"
				+ this.endpoint.businessPath() + "/batch-settlements/" + batchId + "?per_page=100&page=" + page), null);
	}

	/** {@code GET {api}/v4/business/{business}/settlement/{trackId}}. */
	VandarReply settlement(String trackId) {
		return authorized("settlement", HttpMethod.GET, this.endpoint
			.api("/v4" + this.endpoint.businessPath() + "/settlement/" + VandarEndpoint.segment(trackId)), null);
	}

	/** {@code GET {api}/v2/business/{business}}: the business, its wallet included. */
	VandarReply business() {
		return authorized("business", HttpMethod.GET, this.endpoint.api("/v2" + this.endpoint.businessPath()), null);
	}

	/** {@code GET {api}/v2/business/{business}/balance}. */
	VandarReply balance() {
		return authorized("balance", HttpMethod.GET,
				this.endpoint.api("/v2" + this.endpoint.businessPath() + "/balance"), null);
	}

	/** {@code POST {api}/v3/refreshtoken}: no bearer, the refresh token in the body. */
	VandarReply refresh(String refreshToken) {
		String body = "{\"refreshtoken\":\"" + VandarBatch.json(refreshToken) + "\"}";
		return withBackOff(REFRESH, HttpMethod.POST, this.endpoint.api("/v3/refreshtoken"),
				body.getBytes(StandardCharsets.US_ASCII), null, SendGate.OPEN);
	}

	/** With the current token; after a 401, once more with a renewed one. */
	private VandarReply authorized(String operation, HttpMethod method, URI uri, byte[] body) {
		return authorized(operation, method, uri, body, SendGate.OPEN);
	}

	private VandarReply authorized(String operation, HttpMethod method, URI uri, byte[] body, SendGate gate) {
		VandarTokens.Access access = this.tokens.access(this::refresh);
		if (!access.usable()) {
			return VandarReply.notSent(operation, "not sent: " + access.problem(), access.expired());
		}
		VandarReply reply = withBackOff(operation, method, uri, body, access.token(), gate);
		if (!reply.status(401)) {
			return reply;
		}
		VandarTokens.Access renewed = this.tokens.renew(access.token(), this::refresh);
		if (!renewed.usable()) {
			return reply.notTaken("refused for its token (HTTP 401): " + renewed.problem(), renewed.expired());
		}
		reply = withBackOff(operation, method, uri, body, renewed.token(), gate);
		return reply.status(401) ? reply.notTaken(
				"refused for its token (HTTP 401) even after a refresh: " + VandarReply.TOKENS_EXPIRED, true) : reply;
	}

	/** Sends; after a 429 waits ({@code Retry-After}, else 1 s, 2 s) and sends again. */
	private VandarReply withBackOff(String operation, HttpMethod method, URI uri, byte[] body, String token,
			SendGate gate) {
		Duration wait = this.firstBackOff;
		for (int attempt = 1;; attempt++) {
			try {
				(HttpMethod.POST.equals(method) ? this.posts : this.others).acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return VandarReply.notSent(operation, "not sent: interrupted", false);
			}
			String closed = gate.closedBecause();
			if (closed != null) {
				return VandarReply.notSent(operation, "not sent: " + closed, false);
			}
			VandarReply reply = send(operation, method, uri, body, token);
			if (!reply.status(429) || attempt >= ATTEMPTS_AFTER_429) {
				return reply;
			}
			Duration pause = (reply.retryAfterSeconds() != null)
					? Duration.ofSeconds(Math.min(reply.retryAfterSeconds(), MAX_RETRY_AFTER_SECONDS)) : wait;
			wait = wait.multipliedBy(2);
			try {
				Thread.sleep(pause.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return reply;
			}
		}
	}

	private VandarReply send(String operation, HttpMethod method, URI uri, byte[] body, String token) {
		Timer.Sample call = this.calls.start();
		VandarReply reply = exchange(operation, method, uri, body, token);
		this.calls.ended(call, ProviderName.VANDAR, operation, reply.httpStatus());
		return reply;
	}

	private VandarReply exchange(String operation, HttpMethod method, URI uri, byte[] body, String token) {
		try {
			RestClient.RequestBodySpec request = this.rest.obtain()
				.method(method)
				.uri(uri)
				.accept(MediaType.APPLICATION_JSON)
				.headers((headers) -> {
					if (token != null) {
						headers.setBearerAuth(token);
					}
				});
			if (body != null) {
				request.contentType(MediaType.APPLICATION_JSON).body(body);
			}
			return request.exchange((sent, response) -> {
				int status = response.getStatusCode().value();
				Long retryAfter = seconds(response.getHeaders().getFirst("Retry-After"));
				try (InputStream in = response.getBody()) {
					String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
					String text = this.secrets.scrub(raw);
					// A refresh answer is read as it came: it carries the new tokens,
					// which
					// only VandarTokens sees.
					JsonNode json = parse(REFRESH.equals(operation) ? raw : text);
					return new VandarReply(operation, status, text, json, null, null, false, retryAfter);
				}
				catch (IOException ex) {
					return new VandarReply(operation, status, null, null, "answer cut off: " + describe(ex), null,
							false, retryAfter);
				}
			}, true);
		}
		catch (RuntimeException ex) {
			// Spring's exceptions may quote the request; build our own description.
			return new VandarReply(operation, null, null, null, describe(ex), null, false, null);
		}
	}

	private static Long seconds(String header) {
		try {
			return (header != null) ? Math.max(0, Long.parseLong(header.trim())) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static JsonNode parse(String body) {
		try {
			return JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Names what went wrong from the cause chain, never quoting the request. */
	private String describe(Throwable failure) {
		return CallFailures.describe(failure, this.connectTimeout, this.readTimeout, this.secrets::scrub);
	}

	private static RestClient restClient(Duration connectTimeout, Duration readTimeout) {
		// The JDK client never resends a POST on its own: a batch is sent at most once
		// per call.
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(readTimeout);
		return RestClient.builder().requestFactory(requests).build();
	}

}
