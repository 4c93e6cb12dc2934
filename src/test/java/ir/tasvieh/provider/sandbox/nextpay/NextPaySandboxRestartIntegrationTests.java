package ir.tasvieh.provider.sandbox.nextpay;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import ir.tasvieh.TasviehApplication;

import static ir.tasvieh.provider.sandbox.nextpay.SandboxClient.newTracker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox that stops and starts again on the same database still knows the payouts it
 * took, so tasvieh's exactly-once checks can kill and restart the app.
 */
class NextPaySandboxRestartIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void knowsItsPayoutsAndBalanceAfterARestart() {
		String tracker = newTracker();
		long balance;
		try (ConfigurableApplicationContext first = start()) {
			SandboxClient sandbox = client(first);
			assertThat(sandbox.checkout("checkout_withoutfee", tracker, 1_000_000).code()).isEqualTo(200);
			balance = sandbox.balance().number("withdrawableBalanceIRR");
		}
		try (ConfigurableApplicationContext second = start()) {
			SandboxClient sandbox = client(second);

			assertThat(sandbox.status(tracker).string("tracker")).isEqualTo(tracker);
			assertThat(sandbox.checkout("checkout_withoutfee", tracker, 1_000_000).code()).isEqualTo(-49);
			assertThat(sandbox.balance().number("withdrawableBalanceIRR")).isEqualTo(balance);
		}
	}

	private ConfigurableApplicationContext start() {
		// Arguments, not builder properties: those rank below the tests' in-memory
		// database.
		return new SpringApplicationBuilder(TasviehApplication.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("tasvieh") + ";AUTO_SERVER=FALSE",
				"--server.port=0", "--server.address=127.0.0.1");
	}

	private static SandboxClient client(ConfigurableApplicationContext context) {
		return new SandboxClient(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
