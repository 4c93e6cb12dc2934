package ir.tasvieh.provider.nextpay;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.PayoutOrder;

/** NextPay clients and providers pointed at a WireMock server, and orders to send. */
final class NextPayFixtures {

	static final String BASE_PATH = "/nx/gateway";

	static final String SHEBA = "IR820540102680020817909002";

	static final String CARD = "6037997512345678";

	private NextPayFixtures() {
	}

	static NextPaySettings settings(NextPayMode mode, String auth, int concurrency, Duration readTimeout) {
		return new NextPaySettings(null, "4242", auth, mode, concurrency, Duration.ofSeconds(2), readTimeout, 0, 20,
				null, null, null, null);
	}

	static NextPayProvider provider(WireMockExtension server, NextPayMode mode) {
		return provider(server, settings(mode, "test-auth", 4, Duration.ofSeconds(5)));
	}

	static NextPayProvider provider(WireMockExtension server, NextPaySettings settings) {
		return provider(URI.create(server.baseUrl() + BASE_PATH), settings);
	}

	static NextPayProvider provider(URI baseUrl, NextPaySettings settings) {
		NextPayEndpoint endpoint = new NextPayEndpoint(() -> baseUrl, settings.wid(), settings.auth(), false);
		return new NextPayProvider(settings, endpoint, new NextPayClient(endpoint, settings),
				CallSlots.unshared("nextpay", settings.concurrency()));
	}

	static PayoutOrder sheba(long id, String tracker, long amountIrr) {
		return new PayoutOrder(id, tracker, "SHEBA", SHEBA, amountIrr, "Ali Rezaei", null, null, null);
	}

	static PayoutOrder card(long id, String tracker, long amountIrr) {
		return new PayoutOrder(id, tracker, "CARD", CARD, amountIrr, "Ali Rezaei", null, null, null);
	}

	static PayoutOrder withRef(PayoutOrder order, String providerRef) {
		return new PayoutOrder(order.payoutId(), order.tracker(), order.destinationType(), order.destination(),
				order.amountIrr(), order.name(), order.description(), order.paymentNumber(), providerRef);
	}

	/** The form fields of a request, decoded as UTF-8, in the order sent. */
	static Map<String, String> form(LoggedRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		String body = request.getBodyAsString();
		if (body.isEmpty()) {
			return fields;
		}
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return fields;
	}

}
