package ir.tasvieh.provider.sandbox.vandar;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static ir.tasvieh.provider.sandbox.vandar.VandarClient.item;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.newTrackId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Vandar sandbox's settlement cancel call (providers.md section 4.4): a settlement is
 * cancelable until it is final, its rials go back to the wallet, and a final one is
 * refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.vandar.queue-time=200ms", "tasvieh.sandbox.vandar.settle-time=2s" })
class VandarSandboxCancelIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	VandarFaults faults;

	@Autowired
	IssuedTokens tokens;

	private VandarClient vandar;

	@BeforeEach
	void connect() {
		this.vandar = VandarClient.signedIn(this.port, this.faults, this.tokens);
	}

	@Test
	void cancelsASettlementThatIsNotFinalAndGivesItsRialsBack() {
		long before = this.vandar.balanceToman();
		String trackId = newTrackId();
		assertThat(this.vandar.create(List.of(item(trackId, 1_000_000))).status()).isEqualTo(200);
		Object transactionId = pendingTransactionId(trackId);

		VandarClient.Answer canceled = this.vandar.cancel(transactionId);

		assertThat(canceled.status()).isEqualTo(200);
		assertThat(canceled.body()).containsEntry("status", 1);
		assertThat(VandarClient.settlementOf(this.vandar.settlement(trackId))).containsEntry("status", "CANCELED");
		assertThat(this.vandar.balanceToman()).isEqualTo(before);
		// Still CANCELED once it would have been paid.
		await().pollDelay(Duration.ofMillis(2200))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(VandarClient.settlementOf(this.vandar.settlement(trackId)))
				.containsEntry("status", "CANCELED"));
		assertThat(this.vandar.cancel(transactionId).status()).as("cancelled once").isEqualTo(422);
		assertThat(this.vandar.balanceToman()).isEqualTo(before);
	}

	@Test
	void refusesToCancelASettlementThatIsFinal() throws Exception {
		String trackId = newTrackId();
		assertThat(this.vandar.create(List.of(item(trackId, 1_000_000))).status()).isEqualTo(200);
		this.vandar.awaitSettlement(trackId, "DONE");
		long before = this.vandar.balanceToman();
		Object transactionId = VandarClient.settlementOf(this.vandar.settlement(trackId)).get("transaction_id");

		VandarClient.Answer refused = this.vandar.cancel(transactionId);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).containsEntry("status", 0);
		assertThat(VandarClient.settlementOf(this.vandar.settlement(trackId))).containsEntry("status", "DONE");
		assertThat(this.vandar.balanceToman()).isEqualTo(before);
	}

	@Test
	void answersNotFoundForATransactionItDoesNotKnow() {
		assertThat(this.vandar.cancel(999_999_999_999L).status()).isEqualTo(404);
		this.vandar.accessToken = "wrong";
		assertThat(this.vandar.cancel(999_999_999_999L).status()).isEqualTo(401);
	}

	private Object pendingTransactionId(String trackId) {
		Object[] id = new Object[1];
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			Map<String, Object> settlement = VandarClient.settlementOf(this.vandar.settlement(trackId));
			assertThat(settlement).containsEntry("status", "PENDING");
			id[0] = settlement.get("transaction_id");
		});
		return id[0];
	}

}
