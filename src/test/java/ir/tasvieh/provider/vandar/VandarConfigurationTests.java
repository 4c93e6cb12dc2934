package ir.tasvieh.provider.vandar;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings, and the switch between Vandar and the built-in sandbox. */
class VandarConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(VandarConfiguration.class, VandarProvider.class)
		.withBean(DataSource.class, VandarFixtures::database);

	@Test
	void bindsTheDefaults() {
		this.contexts.run((context) -> {
			VandarSettings settings = context.getBean(VandarSettings.class);
			assertThat(settings.apiBaseUrl()).isEqualTo(URI.create("https://api.vandar.io"));
			assertThat(settings.batchBaseUrl()).isEqualTo(URI.create("https://batch.vandar.io"));
			assertThat(settings.business()).isNull();
			assertThat(settings.batchSize()).isEqualTo(100);
			assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.refreshBefore()).isEqualTo(Duration.ofHours(1));
			assertThat(settings.feeEstimateIrr()).isZero();
			PayoutProvider provider = context.getBean(PayoutProvider.class);
			assertThat(provider.name()).isEqualTo(ProviderName.VANDAR);
			assertThat(provider.groupSize()).isEqualTo(100);
		});
	}

	@Test
	void neverPrintsTheTokens() {
		this.contexts
			.withPropertyValues("tasvieh.vandar.access-token=acc-S3cret-value",
					"tasvieh.vandar.refresh-token=ref-S3cret-value", "tasvieh.vandar.batch-size=40")
			.run((context) -> {
				VandarSettings settings = context.getBean(VandarSettings.class);
				assertThat(settings.accessToken()).isEqualTo("acc-S3cret-value");
				assertThat(settings.batchSize()).isEqualTo(40);
				assertThat(settings.toString()).doesNotContain("S3cret").contains("accessToken=(set)");
				assertThat(context.getBean(VandarEndpoint.class).toString()).doesNotContain("S3cret");
			});
	}

	@Test
	void callsTheSandboxOnTheServersPortWhenNoCredentialsAreSet() {
		this.contexts.run((context) -> {
			startedOn(context, server.getPort());
			server.stubFor(
					post("/sandbox/vandar/batch/api/v2/business/sandbox/batches-settlement").willReturn(okJson("{}")));
			VandarEndpoint endpoint = context.getBean(VandarEndpoint.class);
			assertThat(endpoint.sandbox()).isTrue();
			assertThat(endpoint.api("/v3/refreshtoken"))
				.isEqualTo(URI.create("http://127.0.0.1:" + server.getPort() + "/sandbox/vandar/api/v3/refreshtoken"));

			assertThat(context.getBean(PayoutProvider.class)
				.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000)))
				.get(0)
				.kind()).isEqualTo(OutcomeKind.PENDING);
			assertThat(server.findAll(anyRequestedFor(anyUrl())).get(0).getHeader("Authorization"))
				.isEqualTo("Bearer sandbox-access-0");
			assertThat(endpoint.refreshToken()).isEqualTo("sandbox-refresh-0");
		});
	}

	@Test
	void callsVandarWhenAnyCredentialIsSet() {
		for (String credential : List.of("tasvieh.vandar.access-token=acc-S3cret-value",
				"tasvieh.vandar.refresh-token=ref-S3cret-value", "tasvieh.nextpay.wid=7",
				"tasvieh.nextpay.auth=nextpay-secret")) {
			this.contexts.withPropertyValues(credential, "tasvieh.vandar.business=acme").run((context) -> {
				VandarEndpoint endpoint = context.getBean(VandarEndpoint.class);
				assertThat(endpoint.sandbox()).as(credential).isFalse();
				assertThat(endpoint.batch("/api/v2/business/acme/batches-settlement"))
					.isEqualTo(URI.create("https://batch.vandar.io/api/v2/business/acme/batches-settlement"));
			});
		}
	}

	@Test
	void callsTheSandboxWithTheConfiguredTokensWhenAskedTo() {
		this.contexts
			.withPropertyValues("tasvieh.sandbox.enabled=true", "tasvieh.vandar.access-token=acc-S3cret-value",
					"tasvieh.vandar.refresh-token=ref-S3cret-value")
			.run((context) -> {
				startedOn(context, 18080);
				VandarEndpoint endpoint = context.getBean(VandarEndpoint.class);
				assertThat(endpoint.batch("/api"))
					.isEqualTo(URI.create("http://127.0.0.1:18080/sandbox/vandar/batch/api"));
				assertThat(endpoint.accessToken()).isEqualTo("acc-S3cret-value");
				assertThat(endpoint.business()).isEqualTo("sandbox");
			});
	}

	@Test
	void sendsNothingWithoutCredentialsWhenTheSandboxIsOff() {
		this.contexts.withPropertyValues("tasvieh.sandbox.enabled=false").run((context) -> {
			PayoutProvider provider = context.getBean(PayoutProvider.class);
			assertThat(provider.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000))).get(0).kind())
				.isEqualTo(OutcomeKind.FAILED);
			assertThat(provider.inquire(List.of(VandarFixtures.sheba(1, "t-1", 150_000))).get(0).kind())
				.isEqualTo(OutcomeKind.UNKNOWN);
			assertThat(provider.balance().known()).isFalse();
			assertThat(context.getBean(VandarEndpoint.class).describe()).contains("nothing will be sent");
		});
	}

	private static void startedOn(ConfigurableApplicationContext context, int port) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("server.ports", Map.of("local.server.port", port)));
	}

}
