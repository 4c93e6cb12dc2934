package ir.tasvieh.provider.nextpay;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The secret and full card numbers stay out of logs, outcomes and stored answers. */
@ExtendWith(OutputCaptureExtension.class)
class NextPaySecretTests {

	private static final String SECRET = "S3cr3t-Auth-Value";

	@RegisterExtension
	static WireMockExtension nextpay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final Logger logger = (Logger) LoggerFactory.getLogger("ir.tasvieh.provider.nextpay");

	private Level level;

	@BeforeEach
	void logEverything() {
		this.level = this.logger.getLevel();
		this.logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void restoreLevel() {
		this.logger.setLevel(this.level);
	}

	@Test
	void keepsTheSecretOutOfEverythingWhateverGoesWrong(CapturedOutput output) throws Exception {
		List<ProviderOutcome> outcomes = new ArrayList<>();
		List<BalanceAnswer> balances = new ArrayList<>();
		NextPayProvider provider = provider(nextpay.baseUrl() + "/nx/gateway", NextPayMode.checkout_on_time);
		List<PayoutOrder> orders = List.of(NextPayFixtures.sheba(1, "t-1", 150_000),
				NextPayFixtures.card(2, "t-2", 150_000));
		List<String> echoes = List.of("{\"code\":-33,\"message\":\"auth " + SECRET + " is invalid\"}",
				"{\"code\":200,\"trace\":\"" + SECRET + "\"}", "{\"code\":-37,\"message\":\"" + SECRET + "\"}",
				"{not json " + SECRET, "{\"code\":200,\"status\":\"" + SECRET + "\"}");
		for (String echo : echoes) {
			nextpay.stubFor(post(anyUrl()).willReturn(okJson(echo)));
			run(provider, orders, outcomes, balances);
		}
		nextpay.stubFor(post(anyUrl()).willReturn(serverError().withBody("request was auth=" + SECRET)));
		run(provider, orders, outcomes, balances);
		for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.MALFORMED_RESPONSE_CHUNK,
				Fault.EMPTY_RESPONSE)) {
			nextpay.stubFor(post(anyUrl()).willReturn(aResponse().withFault(fault)));
			run(provider, orders, outcomes, balances);
		}
		nextpay.stubFor(post(anyUrl()).willReturn(okJson("{\"code\":200,\"trace\":1}").withFixedDelay(800)));
		run(provider(nextpay.baseUrl() + "/nx/gateway", NextPayMode.checkout_on_time, Duration.ofMillis(200)), orders,
				outcomes, balances);
		run(provider(nextpay.baseUrl() + "/nx/gateway", NextPayMode.checkout_withoutfee), orders, outcomes, balances);
		run(provider("http://127.0.0.1:" + closedPort() + "/nx", NextPayMode.checkout_on_time), orders, outcomes,
				balances);

		assertThat(output.getAll()).contains("t-1", "t-2").doesNotContain(SECRET);
		assertThat(outcomes).hasSize(2 * 2 * 12).allSatisfy((outcome) -> {
			assertThat(outcome.toString()).doesNotContain(SECRET);
			assertThat(outcome.answer().body()).isNotNull();
		});
		assertThat(balances).hasSize(12).allSatisfy((balance) -> assertThat(balance.toString()).doesNotContain(SECRET));
	}

	@Test
	void neverLogsAFullCardNumber(CapturedOutput output) {
		nextpay.stubFor(post(anyUrl()).willReturn(okJson("{\"code\":-30}")));
		List<PayoutOrder> card = List.of(NextPayFixtures.card(2, "t-2", 150_000));

		provider(nextpay.baseUrl() + "/nx/gateway", NextPayMode.checkout_on_time).submit(card);
		provider(nextpay.baseUrl() + "/nx/gateway", NextPayMode.checkout_on_time).inquire(card);
		provider(nextpay.baseUrl() + "/nx/gateway", NextPayMode.checkout).submit(card);

		assertThat(output.getAll()).contains("603799******5678").doesNotContain(NextPayFixtures.CARD);
	}

	@Test
	void printsNoSecretInSettingsOrEndpoint() {
		NextPaySettings settings = NextPayFixtures.settings(NextPayMode.checkout, SECRET, 4, Duration.ofSeconds(1));
		NextPayEndpoint endpoint = new NextPayEndpoint(() -> URI.create("https://nextpay.org/nx/gateway"), "4242",
				SECRET, false);

		assertThat(settings.toString()).doesNotContain(SECRET).contains("auth=(set)");
		assertThat(endpoint.toString()).doesNotContain(SECRET);
		assertThat(endpoint.describe()).doesNotContain(SECRET);
	}

	private static void run(NextPayProvider provider, List<PayoutOrder> orders, List<ProviderOutcome> outcomes,
			List<BalanceAnswer> balances) {
		outcomes.addAll(provider.submit(orders));
		outcomes.addAll(provider.inquire(orders.stream().map((o) -> NextPayFixtures.withRef(o, "9")).toList()));
		balances.add(provider.balance());
	}

	private static NextPayProvider provider(String baseUrl, NextPayMode mode) {
		return provider(baseUrl, mode, Duration.ofSeconds(5));
	}

	private static NextPayProvider provider(String baseUrl, NextPayMode mode, Duration readTimeout) {
		return NextPayFixtures.provider(URI.create(baseUrl), NextPayFixtures.settings(mode, SECRET, 4, readTimeout));
	}

	private static int closedPort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
