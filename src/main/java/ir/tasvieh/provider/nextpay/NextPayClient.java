package ir.tasvieh.provider.nextpay;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import ir.tasvieh.provider.CallFailures;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderCalls;
import ir.tasvieh.provider.ProviderName;
import io.micrometer.core.instrument.Timer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * Calls NextPay's web services: every call is a form-encoded POST to
 * {@code {base}/{operation}} carrying {@code wid} and {@code auth}. A call never throws:
 * a lost call is a {@link NextPayReply} that says why. The secret never appears in what
 * this class returns.
 */
class NextPayClient {

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final int MIN_SCRUBBED_SECRET = 8;

	private final NextPayEndpoint endpoint;

	private final Duration connectTimeout;

	private final Duration readTimeout;

	/**
	 * Made on the first call: a JDK HTTP client starts a selector thread and sets up TLS
	 * (about 0.2 s of CPU each), which a command that sends nothing, such as
	 * {@code validate}, should not pay (issue 20, docs/benchmarks.md).
	 */
	private final SingletonSupplier<RestClient> rest;

	private final ProviderCalls calls;

	NextPayClient(NextPayEndpoint endpoint, NextPaySettings settings) {
		this(endpoint, settings, ProviderCalls.none());
	}

	NextPayClient(NextPayEndpoint endpoint, NextPaySettings settings, ProviderCalls calls) {
		this.calls = calls;
		this.endpoint = endpoint;
		this.connectTimeout = settings.connectTimeout();
		this.readTimeout = settings.readTimeout();
		this.rest = SingletonSupplier.of(() -> restClient(this.connectTimeout, this.readTimeout));
	}

	/** Pays one order with the given checkout operation. */
	NextPayReply checkout(NextPayMode mode, PayoutOrder order) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("amount", Long.toString(order.amountIrr()));
		fields.put("currency", "IRR");
		if (mode == NextPayMode.checkout_on_time) {
			fields.put("type", order.isCard() ? "card" : "sheba");
		}
		fields.put(order.isCard() ? "card" : "sheba", NextPayDestinations.digits(order));
		fields.put("name", order.name());
		fields.put("tracker", order.tracker());
		return post(mode.name(), fields);
	}

	NextPayReply statusByTracker(String tracker) {
		return post("get_checkout_status_tracker", Map.of("tracker", tracker));
	}

	NextPayReply statusByTrace(String trace) {
		return post("get_checkout_status", Map.of("checkoutId", trace));
	}

	NextPayReply balance() {
		return post("get_balance", Map.of());
	}

	NextPayReply apiBalance(String apiKey) {
		return post("get_api_balance", Map.of("api_key", apiKey));
	}

	/** POSTs {@code wid}, {@code auth} and the fields; never throws. */
	NextPayReply post(String operation, Map<String, String> fields) {
		Timer.Sample call = this.calls.start();
		NextPayReply reply = send(operation, fields);
		this.calls.ended(call, ProviderName.NEXTPAY, operation, reply.httpStatus());
		return reply;
	}

	private NextPayReply send(String operation, Map<String, String> fields) {
		StringJoiner form = new StringJoiner("&");
		field(form, "wid", this.endpoint.wid());
		field(form, "auth", this.endpoint.auth());
		fields.forEach((name, value) -> field(form, name, value));
		try {
			return this.rest.obtain()
				.post()
				.uri(this.endpoint.url(operation))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form.toString().getBytes(StandardCharsets.US_ASCII))
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					try (InputStream in = response.getBody()) {
						String body = scrub(new String(in.readAllBytes(), StandardCharsets.UTF_8));
						return new NextPayReply(operation, status, body, parse(body), null);
					}
					catch (IOException ex) {
						return new NextPayReply(operation, status, null, null, "answer cut off: " + describe(ex));
					}
				}, true);
		}
		catch (RuntimeException ex) {
			// Spring's exceptions may quote the request; build our own description.
			return new NextPayReply(operation, null, null, null, describe(ex));
		}
	}

	private static void field(StringJoiner form, String name, String value) {
		if (value != null) {
			form.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static JsonNode parse(String body) {
		try {
			JsonNode json = JSON.readTree(body);
			return (json != null && json.isObject()) ? json : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private String describe(Throwable failure) {
		return CallFailures.describe(failure, this.connectTimeout, this.readTimeout, this::scrub);
	}

	/**
	 * Removes the secret, should anything ever echo it. A secret under 8 characters is
	 * left alone: replacing it would garble ordinary text (no real one is that short).
	 */
	private String scrub(String text) {
		String secret = this.endpoint.auth();
		if (text == null || secret == null || secret.length() < MIN_SCRUBBED_SECRET) {
			return text;
		}
		return text.replace(secret, "******");
	}

	private static RestClient restClient(Duration connectTimeout, Duration readTimeout) {
		// The JDK client never resends a POST on its own (HttpURLConnection may, after a
		// reset): a payout must be sent at most once per call.
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
