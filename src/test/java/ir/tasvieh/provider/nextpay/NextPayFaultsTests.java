package ir.tasvieh.provider.nextpay;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lost or garbled call is an unknown outcome, never an exception; calls are bounded.
 */
class NextPayFaultsTests {

	@RegisterExtension
	static WireMockExtension nextpay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final PayoutOrder ORDER = NextPayFixtures.sheba(7, "t-7", 150_000);

	@Test
	void takesAServerErrorAsUnknown() {
		nextpay.stubFor(post(anyUrl()).willReturn(serverError().withBody("<html>Bad Gateway</html>")));

		ProviderOutcome outcome = submitAndInquire().get(0);

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
		assertThat(outcome.answer().httpStatus()).isEqualTo(500);
		assertThat(outcome.answer().body()).isEqualTo("<html>Bad Gateway</html>");
	}

	@Test
	void takesAServerErrorWithACodeAsUnknown() {
		nextpay.stubFor(post(anyUrl()).willReturn(serverError().withBody("{\"code\":-30}")));

		assertThat(submitAndInquire())
			.allSatisfy((outcome) -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN));
	}

	@Test
	void takesAnAnswerSlowerThanTheReadTimeoutAsUnknown() {
		nextpay.stubFor(post(anyUrl()).willReturn(okJson("{\"code\":200,\"trace\":1}").withFixedDelay(1500)));
		NextPayProvider provider = NextPayFixtures.provider(nextpay,
				NextPayFixtures.settings(NextPayMode.checkout_withoutfee, "a", 4, Duration.ofMillis(300)));

		ProviderOutcome outcome = provider.submit(List.of(ORDER)).get(0);

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
		assertThat(outcome.message()).isEqualTo("timeout after 300ms");
		assertThat(outcome.answer().httpStatus()).isNull();
		assertThat(outcome.answer().body()).isEqualTo("timeout after 300ms");
		assertThat(provider.balance().message()).isEqualTo("timeout after 300ms");
	}

	@Test
	void takesAResetConnectionAsUnknown() {
		nextpay.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		List<ProviderOutcome> outcomes = submitAndInquire();

		assertThat(outcomes).allSatisfy((outcome) -> {
			assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
			assertThat(outcome.message()).startsWith("connection failed");
			assertThat(outcome.answer().httpStatus()).isNull();
		});
	}

	@Test
	void takesAMalformedChunkAsUnknown() {
		nextpay.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

		assertThat(submitAndInquire())
			.allSatisfy((outcome) -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN));
	}

	@Test
	void takesEmptyAndGarbledResponsesAsUnknown() {
		nextpay.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
		assertThat(submitAndInquire())
			.allSatisfy((outcome) -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN));

		nextpay.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
		assertThat(submitAndInquire())
			.allSatisfy((outcome) -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN));

		nextpay.stubFor(post(anyUrl()).willReturn(okJson("{not json")));
		assertThat(submitAndInquire()).allSatisfy((outcome) -> {
			assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
			assertThat(outcome.answer().body()).isEqualTo("{not json");
		});
	}

	@Test
	void neverTakesAnHttpNotFoundPageAsAnUnknownPayout() {
		nextpay.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(404).withBody("<h1>Not Found</h1>")));

		assertThat(submitAndInquire())
			.allSatisfy((outcome) -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN));
	}

	@Test
	void takesAnAnswerThatTricklesInSlowerThanTheReadTimeoutAsUnknown() {
		nextpay.stubFor(
				post(anyUrl()).willReturn(okJson("{\"code\":200,\"trace\":1,\"message\":\"a long enough message\"}")
					.withChunkedDribbleDelay(5, 1500)));
		NextPayProvider provider = NextPayFixtures.provider(nextpay,
				NextPayFixtures.settings(NextPayMode.checkout_withoutfee, "a", 4, Duration.ofMillis(300)));

		assertThat(provider.submit(List.of(ORDER)).get(0).kind()).isEqualTo(OutcomeKind.UNKNOWN);
	}

	@Test
	void takesARefusedConnectionAsUnknown() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		NextPayProvider provider = NextPayFixtures.provider(URI.create("http://127.0.0.1:" + closedPort + "/nx"),
				NextPayFixtures.settings(NextPayMode.checkout_withoutfee, "a", 4, Duration.ofSeconds(5)));

		ProviderOutcome outcome = provider.submit(List.of(ORDER)).get(0);

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
		assertThat(outcome.message()).contains("connection refused");
		assertThat(provider.balance().known()).isFalse();
	}

	@Test
	void sendsEveryOrderWithAtMostTheConfiguredCallsInFlight() {
		nextpay.stubFor(post(anyUrl()).willReturn(okJson("{\"code\":200,\"trace\":1}").withFixedDelay(300)));
		NextPayProvider provider = NextPayFixtures.provider(nextpay,
				NextPayFixtures.settings(NextPayMode.checkout_withoutfee, "a", 4, Duration.ofSeconds(5)));
		List<PayoutOrder> orders = LongStream.rangeClosed(1, 12)
			.mapToObj((id) -> NextPayFixtures.sheba(id, "t-" + id, 150_000))
			.toList();

		List<ProviderOutcome> outcomes = provider.submit(orders);

		assertThat(outcomes).extracting(ProviderOutcome::payoutId)
			.containsExactlyInAnyOrderElementsOf(orders.stream().map(PayoutOrder::payoutId).toList());
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.kind()).isEqualTo(OutcomeKind.PENDING));
		List<LoggedRequest> requests = nextpay.findAll(postRequestedFor(anyUrl()));
		assertThat(requests).extracting((request) -> NextPayFixtures.form(request).get("tracker"))
			.containsExactlyInAnyOrderElementsOf(orders.stream().map(PayoutOrder::tracker).toList());
		assertThat(mostInFlight(requests, 300)).isBetween(2, 4);
	}

	/** Each request is in flight from its arrival for at least the delay. */
	private static int mostInFlight(List<LoggedRequest> requests, long delayMillis) {
		List<Long> arrivals = new ArrayList<>(requests.stream().map((r) -> r.getLoggedDate().getTime()).toList());
		int most = 0;
		for (long at : arrivals) {
			int inFlight = (int) arrivals.stream().filter((other) -> other <= at && at < other + delayMillis).count();
			most = Math.max(most, inFlight);
		}
		return most;
	}

	private static List<ProviderOutcome> submitAndInquire() {
		NextPayProvider provider = NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee);
		List<ProviderOutcome> outcomes = new ArrayList<>(provider.submit(List.of(ORDER)));
		outcomes.addAll(provider.inquire(List.of(ORDER)));
		return outcomes;
	}

}
