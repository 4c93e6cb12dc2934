package ir.tasvieh.provider.vandar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Vandar's rotating tokens: refreshed once, stored before use, never lost. */
class VandarTokensTests {

	private static final String REFRESH_URL = "/api/v3/refreshtoken";

	private static final String BUSINESS_URL = "/api/v2/business/acme";

	@RegisterExtension
	static WireMockExtension vandar = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private DataSource database;

	@BeforeEach
	void setUp() {
		this.database = VandarFixtures.database();
		vandar.stubFor(
				get(BUSINESS_URL).willReturn(unauthorized().withBody("{\"status\":0,\"error\":\"Unauthenticated\"}")));
		vandar.stubFor(get(BUSINESS_URL).withHeader("Authorization", equalTo("Bearer acc-S3cret-second"))
			.willReturn(okJson("{\"status\":1,\"data\":{\"deductible_amount\":1000}}")));
	}

	@Test
	void refreshesAfterA401StoresTheRotatedTokensAndCallsAgain() {
		refreshGives("acc-S3cret-second", "ref-S3cret-second", 432000);
		VandarProvider provider = VandarFixtures.provider(vandar, this.database);

		BalanceAnswer balance = provider.balance();

		assertThat(balance.availableIrr()).isEqualTo(10_000);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL))).get(0).getBodyAsString())
			.isEqualTo("{\"refreshtoken\":\"" + VandarFixtures.REFRESH + "\"}");
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL))).get(0).getHeader("Authorization"))
			.isNull();
		Map<String, Object> row = new JdbcTemplate(this.database)
			.queryForMap("SELECT access_token, refresh_token, expires_at FROM vandar_token WHERE business = 'acme'");
		assertThat(row).containsEntry("ACCESS_TOKEN", "acc-S3cret-second")
			.containsEntry("REFRESH_TOKEN", "ref-S3cret-second");
		assertThat(row.get("EXPIRES_AT")).isNotNull();

		// A second provider (another instance, or a restart) starts from the stored
		// tokens.
		VandarProvider restarted = VandarFixtures.provider(vandar, this.database);
		assertThat(restarted.balance().availableIrr()).isEqualTo(10_000);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL)))).hasSize(1);
	}

	@Test
	void refreshesOnceForManyConcurrent401s() throws Exception {
		refreshGives("acc-S3cret-second", "ref-S3cret-second", 432000);
		vandar.stubFor(post(REFRESH_URL).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":432000,"
				+ "\"access_token\":\"acc-S3cret-second\",\"refresh_token\":\"ref-S3cret-second\"}")
			.withFixedDelay(300)));
		VandarProvider provider = VandarFixtures.provider(vandar, this.database);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Callable<BalanceAnswer>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				calls.add(provider::balance);
			}
			for (Future<BalanceAnswer> answer : threads.invokeAll(calls)) {
				assertThat(answer.get().availableIrr()).isEqualTo(10_000);
			}
		}
		finally {
			threads.shutdown();
		}
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL)))).hasSize(1);
	}

	@Test
	void refreshesBeforeTheAccessTokenExpires() {
		// Expires within refresh-before (1 hour): refreshed again before the next call.
		refreshGives("acc-S3cret-second", "ref-S3cret-second", 60);
		VandarProvider provider = VandarFixtures.provider(vandar, this.database);
		assertThat(provider.balance().known()).isTrue();
		vandar.resetRequests();

		assertThat(provider.balance().known()).isTrue();

		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL))).get(0).getBodyAsString())
			.contains("ref-S3cret-second");
		assertThat(vandar.findAll(getRequestedFor(urlEqualTo(BUSINESS_URL)))).hasSize(1);
	}

	@Test
	void failsWithoutSendingWhenVandarRefusesTheRefreshToken() {
		vandar.stubFor(post(REFRESH_URL).willReturn(unauthorized()));
		VandarProvider provider = VandarFixtures.provider(vandar, this.database);
		vandar.stubFor(post(VandarFixtures.BATCHES).willReturn(unauthorized()));
		vandar.stubFor(get(urlPathMatching("/batch/.*")).willReturn(unauthorized()));

		List<ProviderOutcome> outcomes = provider
			.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000), VandarFixtures.sheba(2, "t-2", 150_000)));

		assertThat(outcomes).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.FAILED);
		assertThat(outcomes.get(0).message()).isEqualTo("Vandar tokens expired: create new tokens in the dashboard");
		assertThat(provider.balance().known()).isFalse();
		assertThat(provider.inquire(List.of(VandarFixtures.sheba(1, "t-1", 150_000))).get(0).kind())
			.isEqualTo(OutcomeKind.UNKNOWN);
	}

	@Test
	void startsAgainFromNewlyConfiguredTokens() {
		refreshGives("acc-S3cret-rotated", "ref-S3cret-rotated", 432000);
		VandarFixtures.provider(vandar, this.database).balance();
		vandar.resetRequests();

		VandarProvider reconfigured = VandarFixtures.provider(vandar, this.database, "acc-S3cret-second",
				"ref-S3cret-second", Duration.ofSeconds(5));

		assertThat(reconfigured.balance().availableIrr()).isEqualTo(10_000);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL)))).isEmpty();
		assertThat(vandar.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization"))
			.isEqualTo("Bearer acc-S3cret-second");
	}

	private static void refreshGives(String access, String refresh, long expiresIn) {
		vandar.stubFor(
				post(REFRESH_URL).withRequestBody(equalToJson("{\"refreshtoken\":\"" + VandarFixtures.REFRESH + "\"}"))
					.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\""
							+ access + "\",\"refresh_token\":\"" + refresh + "\"}")));
		vandar.stubFor(post(REFRESH_URL).withRequestBody(equalToJson("{\"refreshtoken\":\"" + refresh + "\"}"))
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + ",\"access_token\":\""
					+ access + "\",\"refresh_token\":\"" + refresh + "\"}")));
		vandar.stubFor(get(BUSINESS_URL).withHeader("Authorization", equalTo("Bearer " + access))
			.willReturn(okJson("{\"status\":1,\"data\":{\"deductible_amount\":1000}}")));
	}

}
