package ir.tasvieh.provider.sandbox.vandar;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import ir.tasvieh.TasviehApplication;

import static ir.tasvieh.provider.sandbox.vandar.VandarClient.item;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.newTrackId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A Vandar sandbox that stops and starts again on the same database still honours the
 * tokens it issued and knows the batches it took.
 */
class VandarSandboxRestartIntegrationTests {

	private static final Duration TTL = Duration.ofSeconds(1);

	@TempDir
	Path dir;

	@Test
	void startsTheFirstTokensLifetimeAtItsFirstUse() {
		try (ConfigurableApplicationContext app = start()) {
			VandarClient vandar = client(app, "sandbox-access-0");
			// The first pair was issued as the app started; let more than its 1s TTL pass
			// unused.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> System.currentTimeMillis() - app.getStartupDate() > TTL.plusMillis(200).toMillis());

			VandarClient.Answer firstUse = vandar.balance();
			// Refused once the TTL counted from the first use has passed, not before.
			VandarClient.Answer later = await().atLeast(TTL.dividedBy(2))
				.atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(50))
				.until(vandar::balance, (answer) -> answer.status() != 200);

			assertThat(firstUse.status()).isEqualTo(200);
			assertThat(later.status()).isEqualTo(401);
		}
	}

	@Test
	void keepsTokensAndBatchesAcrossARestart() {
		String trackId = newTrackId();
		List<java.util.Map<String, Object>> items = List.of(item(trackId, 1_000_000));
		VandarClient.Answer rotated;
		long balance;
		try (ConfigurableApplicationContext first = start()) {
			VandarClient vandar = client(first, null);
			rotated = vandar.refresh("sandbox-refresh-0");
			assertThat(vandar.create(items).status()).isEqualTo(200);
			balance = vandar.balanceToman();
		}
		try (ConfigurableApplicationContext second = start()) {
			VandarClient vandar = client(second, null);

			// The access token may have lapsed while the app restarted (1s TTL): refresh.
			assertThat(vandar.refresh("sandbox-refresh-0").status()).isEqualTo(401);
			assertThat(vandar.refresh((String) rotated.body().get("refresh_token")).status()).isEqualTo(200);
			assertThat(vandar.balanceToman()).isEqualTo(balance);
			assertThat(vandar.settlement(trackId).status()).isEqualTo(200);
			assertThat(vandar.create(items).errors()).containsOnlyKeys("batch_id");
		}
	}

	private ConfigurableApplicationContext start() {
		// Arguments, not builder properties: those rank below the tests' in-memory
		// database.
		return new SpringApplicationBuilder(TasviehApplication.class).run(
				"--spring.datasource.url=jdbc:h2:file:" + this.dir.resolve("tasvieh") + ";AUTO_SERVER=FALSE",
				"--server.port=0", "--server.address=127.0.0.1",
				"--tasvieh.sandbox.vandar.access-token-ttl=" + TTL.toMillis() + "ms");
	}

	private static VandarClient client(ConfigurableApplicationContext context, String accessToken) {
		return new VandarClient(((WebServerApplicationContext) context).getWebServer().getPort(), accessToken);
	}

}
