package ir.tasvieh.provider.sandbox;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxEnabledTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withUserConfiguration(SandboxConfiguration.class);

	@Test
	void servesTheSandboxWhenNoCredentialsAreSet() {
		this.contexts.run((context) -> assertThat(context).hasSingleBean(SandboxSettings.class));
	}

	@Test
	void servesNoSandboxOnceCredentialsAreSet() {
		this.contexts.withPropertyValues("tasvieh.nextpay.wid=1234", "tasvieh.nextpay.auth=secret")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxSettings.class));
		this.contexts.withPropertyValues("tasvieh.nextpay.auth=secret")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxSettings.class));
		this.contexts.withPropertyValues("tasvieh.vandar.access-token=a")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxSettings.class));
		this.contexts.withPropertyValues("tasvieh.vandar.refresh-token=r")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxSettings.class));
	}

	@Test
	void bindsVandarsDefaultsAndKnobs() {
		this.contexts
			.withPropertyValues("tasvieh.sandbox.vandar.access-token-ttl=2s",
					"tasvieh.sandbox.vandar.fail-trackers-matching=^x", "tasvieh.sandbox.vandar.fee-irr=0")
			.run((context) -> {
				SandboxSettings.Vandar vandar = context.getBean(SandboxSettings.class).vandar();
				assertThat(vandar.initialBalanceIrr()).isEqualTo(100_000_000_000L);
				assertThat(vandar.feeIrr()).isZero();
				assertThat(vandar.accessTokenTtl()).hasSeconds(2);
				assertThat(vandar.queueTime()).hasSeconds(1);
				assertThat(vandar.settleTime()).hasSeconds(3);
				assertThat(vandar.delay()).isZero();
				assertThat(vandar.failEveryNth5xx()).isZero();
				assertThat(vandar.loseEveryNthAnswer()).isZero();
				assertThat(vandar.failTrackersMatching()).isEqualTo("^x");
				assertThat(vandar.failSettlementsMatching()).isEmpty();
				assertThat(vandar.insufficientBalance()).isFalse();
			});
		this.contexts
			.run((context) -> assertThat(context.getBean(SandboxSettings.class).vandar().feeIrr()).isEqualTo(2_000L));
	}

	@Test
	void followsAnExplicitSetting() {
		this.contexts
			.withPropertyValues("tasvieh.sandbox.enabled=true", "tasvieh.nextpay.wid=1234",
					"tasvieh.nextpay.auth=secret")
			.run((context) -> assertThat(context).hasSingleBean(SandboxSettings.class));
		this.contexts.withPropertyValues("tasvieh.sandbox.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SandboxSettings.class));
	}

	@Test
	void bindsTheDefaultsAndTheKnobs() {
		this.contexts
			.withPropertyValues("tasvieh.sandbox.nextpay.fail-every-nth-5xx=3",
					"tasvieh.sandbox.nextpay.lose-every-nth-answer=4", "tasvieh.sandbox.nextpay.delay=200ms")
			.run((context) -> {
				SandboxSettings.NextPay nextpay = context.getBean(SandboxSettings.class).nextpay();
				assertThat(nextpay.initialBalanceIrr()).isEqualTo(100_000_000_000L);
				assertThat(nextpay.feeIrr()).isEqualTo(5_000L);
				assertThat(nextpay.queueTime()).hasSeconds(1);
				assertThat(nextpay.settleTime()).hasSeconds(3);
				assertThat(nextpay.failEveryNth5xx()).isEqualTo(3);
				assertThat(nextpay.loseEveryNthAnswer()).isEqualTo(4);
				assertThat(nextpay.delay()).hasMillis(200);
				assertThat(nextpay.failTrackersMatching()).isEmpty();
				assertThat(nextpay.insufficientBalance()).isFalse();
			});
	}

}
