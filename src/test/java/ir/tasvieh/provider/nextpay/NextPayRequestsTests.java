package ir.tasvieh.provider.nextpay;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** What tasvieh sends to NextPay: paths, headers and every form field. */
class NextPayRequestsTests {

	@RegisterExtension
	static WireMockExtension nextpay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	@BeforeEach
	void answerEverything() {
		nextpay.stubFor(post(anyUrl()).willReturn(okJson("{\"code\":200,\"message\":\"ok\",\"trace\":95012}")));
	}

	@Test
	void postsAShebaCheckoutAsAFormWithRialsAndTheShebaWithoutIr() {
		PayoutOrder order = new PayoutOrder(7, "run1-row2", "SHEBA", NextPayFixtures.SHEBA, 15_000_000, "علی رضایی",
				"salary", "12", null);
		NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee).submit(List.of(order));

		LoggedRequest request = only("/nx/gateway/checkout_withoutfee");
		assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
		assertThat(NextPayFixtures.form(request)).containsOnly(entry("wid", "4242"), entry("auth", "test-auth"),
				entry("amount", "15000000"), entry("currency", "IRR"), entry("sheba", "820540102680020817909002"),
				entry("name", "علی رضایی"), entry("tracker", "run1-row2"));
	}

	@ParameterizedTest
	@EnumSource(NextPayMode.class)
	void postsEachModeToItsOwnPath(NextPayMode mode) {
		NextPayFixtures.provider(nextpay, mode).submit(List.of(NextPayFixtures.sheba(1, "t-1", 20_000)));

		assertThat(NextPayFixtures.form(only("/nx/gateway/" + mode.name()))).containsEntry("sheba",
				"820540102680020817909002");
	}

	@Test
	void sendsTheTypeForAnInstantShebaPayout() {
		NextPayFixtures.provider(nextpay, NextPayMode.checkout_on_time)
			.submit(List.of(NextPayFixtures.sheba(1, "t-1", 20_000)));

		assertThat(NextPayFixtures.form(only("/nx/gateway/checkout_on_time"))).containsOnly(entry("wid", "4242"),
				entry("auth", "test-auth"), entry("amount", "20000"), entry("currency", "IRR"), entry("type", "sheba"),
				entry("sheba", "820540102680020817909002"), entry("name", "Ali Rezaei"), entry("tracker", "t-1"));
	}

	@Test
	void sendsTheCardForAnInstantCardPayout() {
		NextPayFixtures.provider(nextpay, NextPayMode.checkout_on_time)
			.submit(List.of(NextPayFixtures.card(1, "t-1", 20_000)));

		assertThat(NextPayFixtures.form(only("/nx/gateway/checkout_on_time"))).containsOnly(entry("wid", "4242"),
				entry("auth", "test-auth"), entry("amount", "20000"), entry("currency", "IRR"), entry("type", "card"),
				entry("card", NextPayFixtures.CARD), entry("name", "Ali Rezaei"), entry("tracker", "t-1"));
	}

	@Test
	void neverSendsACardInAModeThatPaysOnlyShebas() {
		List<ProviderOutcome> outcomes = NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee)
			.submit(List.of(NextPayFixtures.card(3, "t-3", 20_000)));

		assertThat(outcomes).singleElement().satisfies((outcome) -> {
			assertThat(outcome.kind()).isEqualTo(OutcomeKind.FAILED);
			assertThat(outcome.message()).contains("not sent").contains("checkout_on_time");
			assertThat(outcome.answer().httpStatus()).isNull();
		});
		assertThat(nextpay.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void asksAboutAPayoutByItsTracker() {
		NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee)
			.inquire(List.of(NextPayFixtures.sheba(1, "t-9", 20_000)));

		LoggedRequest request = only("/nx/gateway/get_checkout_status_tracker");
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
		assertThat(NextPayFixtures.form(request)).containsOnly(entry("wid", "4242"), entry("auth", "test-auth"),
				entry("tracker", "t-9"));
	}

	@Test
	void asksByTraceWhenTheTrackerIsNotFoundButNextPayGaveATrace() {
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status_tracker"))
			.willReturn(okJson("{\"code\":-37,\"message\":\"\"}")));
		PayoutOrder order = NextPayFixtures.withRef(NextPayFixtures.sheba(1, "t-9", 20_000), "95012");

		NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee).inquire(List.of(order));

		assertThat(nextpay.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
		assertThat(NextPayFixtures.form(one("/nx/gateway/get_checkout_status"))).containsOnly(entry("wid", "4242"),
				entry("auth", "test-auth"), entry("checkoutId", "95012"));
	}

	@Test
	void readsTheBalanceWithTheCredentialsOnly() {
		NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee).balance();

		assertThat(NextPayFixtures.form(only("/nx/gateway/get_balance"))).containsOnly(entry("wid", "4242"),
				entry("auth", "test-auth"));
	}

	@Test
	void readsAGatewayBalanceByItsApiKey() {
		NextPaySettings settings = NextPayFixtures.settings(NextPayMode.checkout, "test-auth", 1,
				Duration.ofSeconds(5));
		URI base = URI.create(nextpay.baseUrl() + "/nx/gateway/");
		NextPayEndpoint endpoint = new NextPayEndpoint(() -> base, "4242", "test-auth", false);

		NextPayReply reply = new NextPayClient(endpoint, settings).apiBalance("b5d9a6a4-0000-4000-8000-000000000001");

		assertThat(reply.code()).isEqualTo(200L);
		Map<String, String> form = NextPayFixtures.form(only("/nx/gateway/get_api_balance"));
		assertThat(form).containsOnly(entry("wid", "4242"), entry("auth", "test-auth"),
				entry("api_key", "b5d9a6a4-0000-4000-8000-000000000001"));
	}

	/** The one request there was, made to this path. */
	private static LoggedRequest only(String path) {
		assertThat(nextpay.findAll(anyRequestedFor(anyUrl()))).as("requests").hasSize(1);
		return one(path);
	}

	private static LoggedRequest one(String path) {
		List<LoggedRequest> requests = nextpay.findAll(postRequestedFor(urlEqualTo(path)));
		assertThat(requests).as("requests to " + path).hasSize(1);
		return requests.get(0);
	}

}
