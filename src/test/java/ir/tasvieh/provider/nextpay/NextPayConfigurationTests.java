package ir.tasvieh.provider.nextpay;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutProvider;
import ir.tasvieh.provider.ProviderName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Settings, and the switch between NextPay and the built-in sandbox. */
@ExtendWith(OutputCaptureExtension.class)
class NextPayConfigurationTests {

	@RegisterExtension
	static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(NextPayConfiguration.class, NextPayProvider.class);

	@Test
	void bindsTheDefaults() {
		this.contexts.run((context) -> {
			NextPaySettings settings = context.getBean(NextPaySettings.class);
			assertThat(settings.baseUrl()).isEqualTo(URI.create("https://nextpay.org/nx/gateway"));
			assertThat(settings.wid()).isNull();
			assertThat(settings.auth()).isNull();
			assertThat(settings.mode()).isEqualTo(NextPayMode.checkout_withoutfee);
			assertThat(settings.concurrency()).isEqualTo(4);
			assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
			assertThat(settings.readTimeout()).isEqualTo(Duration.ofSeconds(30));
			assertThat(settings.feeEstimateIrr()).isZero();
			assertThat(settings.groupSize()).isEqualTo(20);
		});
	}

	@Test
	void bindsEveryKey() {
		this.contexts
			.withPropertyValues("tasvieh.nextpay.base-url=https://example.test/nx/gateway/", "tasvieh.nextpay.wid=4242",
					"tasvieh.nextpay.auth=secret-value", "tasvieh.nextpay.mode=checkout_on_time",
					"tasvieh.nextpay.concurrency=2", "tasvieh.nextpay.connect-timeout=1s",
					"tasvieh.nextpay.read-timeout=10s", "tasvieh.nextpay.fee-estimate-irr=2500",
					"tasvieh.nextpay.group-size=5", "tasvieh.nextpay.not-found-codes=-37,-404",
					"tasvieh.nextpay.duplicate-codes=-49")
			.run((context) -> {
				NextPaySettings settings = context.getBean(NextPaySettings.class);
				assertThat(settings).isEqualTo(new NextPaySettings(URI.create("https://example.test/nx/gateway/"),
						"4242", "secret-value", NextPayMode.checkout_on_time, 2, Duration.ofSeconds(1),
						Duration.ofSeconds(10), 2500, 5, List.of(-37L, -404L), List.of(-49L), null, null));
				PayoutProvider provider = context.getBean(PayoutProvider.class);
				assertThat(provider.name()).isEqualTo(ProviderName.NEXTPAY);
				assertThat(provider.groupSize()).isEqualTo(5);
				assertThat(provider.estimatedFeeIrr(NextPayFixtures.sheba(1, "t", 1))).isEqualTo(2500);
				NextPayEndpoint endpoint = context.getBean(NextPayEndpoint.class);
				assertThat(endpoint.sandbox()).isFalse();
				assertThat(endpoint.url("checkout")).isEqualTo("https://example.test/nx/gateway/checkout");
			});
	}

	@Test
	void groupsTwoCallsPerThreadByDefaultWhenManyCallsGoAtOnce() {
		this.contexts.withPropertyValues("tasvieh.nextpay.concurrency=16")
			.run((context) -> assertThat(context.getBean(PayoutProvider.class).groupSize()).isEqualTo(32));
	}

	@Test
	void estimatesNoFeeOnTopWhenTheFeeComesOutOfTheAmount() {
		this.contexts.withPropertyValues("tasvieh.nextpay.mode=checkout", "tasvieh.nextpay.fee-estimate-irr=2500")
			.run((context) -> assertThat(
					context.getBean(PayoutProvider.class).estimatedFeeIrr(NextPayFixtures.sheba(1, "t", 1)))
				.isZero());
	}

	@Test
	void callsTheSandboxOnTheServersPortWhenNoCredentialsAreSet(CapturedOutput output) {
		Logger logger = (Logger) LoggerFactory.getLogger(NextPayConfiguration.class);
		Level level = logger.getLevel();
		logger.setLevel(Level.INFO);
		try {
			this.contexts.run((context) -> {
				// The port is known only once the web server has started.
				startedOn(context, server.getPort());
				server.stubFor(post(urlEqualTo("/sandbox/nextpay/checkout_withoutfee"))
					.willReturn(okJson("{\"code\":200,\"trace\":\"5\"}")));

				assertThat(context.getBean(PayoutProvider.class)
					.submit(List.of(NextPayFixtures.sheba(1, "t-1", 150_000)))
					.get(0)
					.kind()).isEqualTo(OutcomeKind.PENDING);
				assertThat(NextPayFixtures.form(server.findAll(anyRequestedFor(anyUrl())).get(0)))
					.contains(entry("wid", "1"), entry("auth", "sandbox"));
			});
		}
		finally {
			logger.setLevel(level);
		}
		assertThat(output).contains("NextPay checkout_withoutfee calls the built-in sandbox");
	}

	@Test
	void callsTheSandboxWithTheConfiguredCredentialsWhenAskedTo() {
		this.contexts
			.withPropertyValues("tasvieh.sandbox.enabled=true", "tasvieh.nextpay.wid=7",
					"tasvieh.nextpay.auth=real-secret-value")
			.run((context) -> {
				startedOn(context, 18080);
				NextPayEndpoint endpoint = context.getBean(NextPayEndpoint.class);
				assertThat(endpoint.url("get_balance")).isEqualTo("http://127.0.0.1:18080/sandbox/nextpay/get_balance");
				assertThat(endpoint.wid()).isEqualTo("7");
				assertThat(endpoint.auth()).isEqualTo("real-secret-value");
			});
	}

	@Test
	void callsNextPayWhenCredentialsAreSet() {
		this.contexts.withPropertyValues("tasvieh.nextpay.wid=7", "tasvieh.nextpay.auth=real-secret-value")
			.run((context) -> {
				NextPayEndpoint endpoint = context.getBean(NextPayEndpoint.class);
				assertThat(endpoint.sandbox()).isFalse();
				assertThat(endpoint.url("checkout")).isEqualTo("https://nextpay.org/nx/gateway/checkout");
			});
	}

	@Test
	void refusesToStartWithoutCredentialsWhenNextPayIsTheProviderAndTheSandboxIsOff() {
		this.contexts.withPropertyValues("tasvieh.sandbox.enabled=false")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tasvieh.nextpay.wid")
				.hasMessageContaining("tasvieh.sandbox.enabled=true"));
	}

	@Test
	void sendsNothingWithoutCredentialsWhenTheSandboxIsOffAndAnotherProviderIsTheDefault() {
		this.contexts.withPropertyValues("tasvieh.sandbox.enabled=false", "tasvieh.provider=vandar").run((context) -> {
			PayoutProvider provider = context.getBean(PayoutProvider.class);
			assertThat(provider.submit(List.of(NextPayFixtures.sheba(1, "t-1", 150_000))).get(0).kind())
				.isEqualTo(OutcomeKind.FAILED);
			assertThat(provider.inquire(List.of(NextPayFixtures.sheba(1, "t-1", 150_000))).get(0).kind())
				.isEqualTo(OutcomeKind.UNKNOWN);
			assertThat(provider.balance().known()).isFalse();
			assertThat(context.getBean(NextPayEndpoint.class).describe()).contains("nothing will be sent");
		});
	}

	private static void startedOn(ConfigurableApplicationContext context, int port) {
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("server.ports", Map.of("local.server.port", port)));
	}

}
