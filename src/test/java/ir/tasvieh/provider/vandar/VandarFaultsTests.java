package ir.tasvieh.provider.vandar;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** A lost or unreadable answer is unknown, never an exception and never a failure. */
class VandarFaultsTests {

	@RegisterExtension
	static WireMockExtension vandar = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final List<PayoutOrder> orders = List.of(VandarFixtures.sheba(1, "t-1", 150_000),
			VandarFixtures.sheba(2, "t-2", 150_000));

	@Test
	void serverErrorIsUnknown() {
		assertUnknown(serviceUnavailable().withBody("<html>503</html>"));
		assertUnknown(aResponse().withStatus(500).withBody("{\"status\":0}"));
	}

	@Test
	void timeoutIsUnknown() {
		assertUnknown(okJson("{}").withFixedDelay(1500));
	}

	@Test
	void resetOrCutOffAnswerIsUnknown() {
		assertUnknown(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
		assertUnknown(aResponse().withFault(Fault.EMPTY_RESPONSE));
		assertUnknown(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
	}

	@Test
	void malformedDetailsAreUnknown() {
		vandar.stubFor(any(anyUrl()).willReturn(okJson("{\"data\": [ {\"track_id\": ")));
		VandarProvider provider = VandarFixtures.provider(vandar, VandarFixtures.database(), VandarFixtures.ACCESS,
				VandarFixtures.REFRESH, Duration.ofMillis(700));

		assertThat(provider.inquire(this.orders)).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.UNKNOWN);
		assertThat(provider.balance().known()).isFalse();
	}

	@Test
	void aSecondPageThatFailsLeavesTheWholeBatchUnknown() {
		vandar.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(502)));
		VandarProvider provider = VandarFixtures.provider(vandar, VandarFixtures.database());
		String details = "/batch/api/v2/business/acme/batch-settlements/" + provider.batchId(this.orders);
		vandar.stubFor(get(details + "?per_page=100&page=1")
			.willReturn(okJson(VandarFixtures.page(1, 2, VandarFixtures.item("t-1", "INIT", null)))));

		assertThat(provider.inquire(this.orders)).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.UNKNOWN);
	}

	private void assertUnknown(ResponseDefinitionBuilder answer) {
		vandar.resetAll();
		vandar.stubFor(any(anyUrl()).willReturn(answer));
		VandarProvider provider = VandarFixtures.provider(vandar, VandarFixtures.database(), VandarFixtures.ACCESS,
				VandarFixtures.REFRESH, Duration.ofMillis(700));

		List<ProviderOutcome> submitted = provider.submit(this.orders);
		List<ProviderOutcome> inquired = provider.inquire(this.orders);

		assertThat(submitted).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.UNKNOWN);
		assertThat(inquired).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.UNKNOWN);
		assertThat(submitted).allSatisfy((outcome) -> assertThat(outcome.answer()).isNotNull());
		assertThat(provider.balance().known()).isFalse();
	}

}
