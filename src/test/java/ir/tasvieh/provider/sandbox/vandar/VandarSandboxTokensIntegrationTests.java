package ir.tasvieh.provider.sandbox.vandar;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Vandar's tokens: expiry after the TTL, rotation on refresh, the old pair refused. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "tasvieh.sandbox.vandar.access-token-ttl=1200ms")
class VandarSandboxTokensIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	IssuedTokens tokens;

	@Test
	void expiresAnAccessTokenItsTtlAfterItWasIssued() {
		VandarClient vandar = new VandarClient(this.port, null);
		VandarClient.Answer refreshed = vandar.refresh(this.tokens.current().refreshToken());

		VandarClient.Answer fresh = vandar.balance();
		// Refused once the 1.2s TTL has passed, and not much before it.
		VandarClient.Answer stale = await().atLeast(Duration.ofMillis(600))
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(vandar::balance, (answer) -> answer.status() != 200);

		assertThat(refreshed.body()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 1);
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(stale.status()).isEqualTo(401);
		assertThat(stale.body()).containsEntry("status", 0).containsEntry("error", "Unauthenticated");
		assertThat(vandar.refresh((String) refreshed.body().get("refresh_token")).status()).isEqualTo(200);
		assertThat(vandar.balance().status()).isEqualTo(200);
	}

	@Test
	void rotatesBothTokensAndRefusesTheOldOnes() {
		VandarClient vandar = new VandarClient(this.port, null);
		IssuedTokens.Pair old = this.tokens.current();
		vandar.accessToken = old.accessToken();

		VandarClient.Answer rotated = vandar.refresh(old.refreshToken());
		VandarClient.Answer reused = vandar.refresh(old.refreshToken());
		VandarClient.Answer withNewAccess = vandar.balance();
		vandar.accessToken = old.accessToken();
		VandarClient.Answer withOldAccess = vandar.balance();

		assertThat(rotated.status()).isEqualTo(200);
		assertThat(rotated.body().get("access_token")).isNotEqualTo(old.accessToken());
		assertThat(rotated.body().get("refresh_token")).isNotEqualTo(old.refreshToken());
		assertThat(reused.status()).isEqualTo(401);
		assertThat(reused.body()).containsEntry("error", "Unauthenticated");
		assertThat(withNewAccess.status()).isEqualTo(200);
		assertThat(withOldAccess.status()).isEqualTo(401);
	}

	@Test
	void asksForTheRefreshToken() {
		VandarClient.Answer missing = new VandarClient(this.port, null)
			.exchange(org.springframework.http.HttpMethod.POST, "/api/v3/refreshtoken", "{}", null);

		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).containsKey("errors");
	}

}
