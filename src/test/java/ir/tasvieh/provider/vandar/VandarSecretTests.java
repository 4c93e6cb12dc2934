package ir.tasvieh.provider.vandar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.BalanceAnswer;
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
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The tokens stay out of logs, outcomes and stored answers, whatever Vandar echoes. */
@ExtendWith(OutputCaptureExtension.class)
class VandarSecretTests {

	private static final String NEW_ACCESS = "acc-S3cret-rotated-access";

	private static final String NEW_REFRESH = "ref-S3cret-rotated-refresh";

	@RegisterExtension
	static WireMockExtension vandar = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final Logger logger = (Logger) LoggerFactory.getLogger("ir.tasvieh.provider.vandar");

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
	void keepsTheTokensOutOfEverythingWhateverGoesWrong(CapturedOutput output) {
		List<Object> seen = new ArrayList<>();
		DataSource database = VandarFixtures.database();
		VandarProvider provider = VandarFixtures.provider(vandar, database, VandarFixtures.ACCESS,
				VandarFixtures.REFRESH, Duration.ofMillis(700));
		List<PayoutOrder> orders = List.of(VandarFixtures.sheba(1, "t-1", 150_000),
				VandarFixtures.sheba(2, "t-2", 150_000));
		String echo = "Bearer " + VandarFixtures.ACCESS + " / " + VandarFixtures.REFRESH;
		List<String> bodies = List.of(
				"{\"message\":\"" + echo + "\",\"errors\":{\"batches_settlement.0.iban\":[\"" + echo + "\"]}}",
				"{\"data\":[{\"track_id\":\"t-1\",\"status\":\"FAILED\",\"error_message\":\"" + echo + "\"}]}",
				"{not json " + echo);
		for (String body : bodies) {
			for (int status : List.of(200, 422, 500)) {
				vandar.resetAll();
				vandar.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
				run(provider, orders, seen);
			}
		}
		for (Fault fault : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE)) {
			vandar.resetAll();
			vandar.stubFor(any(anyUrl()).willReturn(aResponse().withFault(fault)));
			run(provider, orders, seen);
		}
		// A 401, then a refresh whose answer carries the new tokens, then answers echoing
		// them.
		vandar.resetAll();
		vandar.stubFor(any(anyUrl()).willReturn(unauthorized().withBody("{\"error\":\"" + echo + "\"}")));
		vandar.stubFor(post(urlEqualTo("/api/v3/refreshtoken"))
			.willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":432000,\"access_token\":\"" + NEW_ACCESS
					+ "\",\"refresh_token\":\"" + NEW_REFRESH + "\"}")));
		run(provider, orders, seen);
		vandar.resetAll();
		vandar.stubFor(any(anyUrl())
			.willReturn(serverError().withBody("{\"message\":\"" + NEW_ACCESS + " " + NEW_REFRESH + "\"}")));
		run(provider, orders, seen);
		// A refresh Vandar refuses, echoing the refresh token.
		vandar.resetAll();
		vandar.stubFor(any(anyUrl()).willReturn(unauthorized().withBody("{\"error\":\"" + NEW_REFRESH + "\"}")));
		run(provider, orders, seen);

		assertThat(seen).hasSizeGreaterThan(40);
		assertThat(seen.toString()).doesNotContain("S3cret");
		assertThat(output.getAll()).doesNotContain("S3cret");
	}

	private static void run(VandarProvider provider, List<PayoutOrder> orders, List<Object> seen) {
		List<ProviderOutcome> outcomes = new ArrayList<>(provider.submit(orders));
		outcomes.addAll(provider.inquire(orders));
		BalanceAnswer balance = provider.balance();
		seen.addAll(outcomes);
		seen.add(balance);
	}

}
