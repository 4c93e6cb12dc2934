package ir.tasvieh.provider.sandbox.vandar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static ir.tasvieh.provider.sandbox.vandar.VandarClient.item;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.newTrackId;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.settlementOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Vandar's fault knobs, turned in-process and through {@code /sandbox/control}, and the
 * request log that shows what reached the sandbox.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "tasvieh.sandbox.vandar.queue-time=300ms",
		"tasvieh.sandbox.vandar.settle-time=800ms", "tasvieh.sandbox.vandar.initial-balance-irr=10000000000" })
class VandarSandboxFaultsIntegrationTests {

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

	@AfterEach
	void resetTheKnobs() {
		this.faults.reset();
	}

	@Test
	void answersEveryNthCreateWithA5xxWithoutTakingTheBatch() {
		this.faults.setFailEveryNth5xx(2);
		List<Map<String, Object>> first = List.of(item(newTrackId(), 1_000_000));
		List<Map<String, Object>> second = List.of(item(newTrackId(), 1_000_000));

		VandarClient.Answer accepted = this.vandar.create(first);
		VandarClient.Answer failed = this.vandar.create(second);
		String batchId = VandarBatchRequest.sha512Hex(VandarClient.itemsJson(second));
		VandarClient.Answer unknown = this.vandar.details(batchId, "");
		VandarClient.Answer resent = this.vandar.create(second);

		assertThat(accepted.status()).isEqualTo(200);
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body()).isEmpty();
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(resent.status()).isEqualTo(200);
		assertThat(this.vandar.requests(batchId)).extracting((entry) -> entry.get("outcome"))
			.containsExactly("server_error", "accepted");
	}

	@Test
	void takesTheBatchButLosesTheAnswerOfEveryNthCreate() {
		this.faults.setLoseEveryNthAnswer(1);
		String trackId = newTrackId();
		List<Map<String, Object>> items = List.of(item(trackId, 1_000_000));
		String batchId = VandarBatchRequest.sha512Hex(VandarClient.itemsJson(items));
		long before = this.vandar.balanceToman();

		VandarClient.Answer lost = this.vandar.create(items);
		VandarClient.Answer details = this.vandar.details(batchId, "");
		this.faults.reset();
		VandarClient.Answer resent = this.vandar.create(items);

		assertThat(lost.status()).isEqualTo(500);
		assertThat(details.status()).isEqualTo(200);
		assertThat(details.list("data")).extracting((item) -> item.get("track_id")).containsExactly(trackId);
		assertThat(resent.status()).isEqualTo(422);
		assertThat(resent.errors()).containsOnlyKeys("batch_id");
		assertThat(this.vandar.balanceToman()).isEqualTo(before - 100_200);
		assertThat(this.vandar.requests(batchId))
			.extracting((entry) -> entry.get("outcome"), (entry) -> entry.get("httpStatus"),
					(entry) -> entry.get("answerLost"), (entry) -> entry.get("trackIds"))
			.containsExactly(tuple("accepted", 500, true, List.of(trackId)),
					tuple("duplicate", 422, false, List.of(trackId)));
	}

	@Test
	void failsTheItemsWhoseTrackIdMatchesAndGivesTheirRialsBack() throws InterruptedException {
		this.faults.setFailTrackersMatching("^bad-");
		String bad = "bad-" + newTrackId();
		String good = newTrackId();
		long before = this.vandar.balanceToman();
		String batchId = (String) this.vandar.create(List.of(item(good, 1_000_000), item(bad, 2_000_000)))
			.body()
			.get("batch_id");

		List<String> seen = this.vandar.awaitSettlement(bad, "FAILED");
		this.vandar.awaitSettlement(good, "DONE");
		VandarClient.Answer failed = this.vandar.details(batchId, "status=FAILED");

		assertThat(seen).doesNotContain("PENDING", "DONE");
		assertThat(failed.list("data")).singleElement().satisfies((item) -> {
			assertThat(item).containsEntry("track_id", bad).containsEntry("status", "FAILED");
			assertThat((String) item.get("error_message")).isNotBlank();
		});
		assertThat(this.vandar.details(batchId, "status=SUBMITTED").list("data")).hasSize(1);
		assertThat(this.vandar.balanceToman()).isEqualTo(before - 100_200);
	}

	@Test
	void failsTheSettlementsWhoseTrackIdMatchesAfterSubmittingThem() throws InterruptedException {
		this.faults.setFailSettlementsMatching("^bank-");
		String trackId = "bank-" + newTrackId();
		String batchId = (String) this.vandar.create(List.of(item(trackId, 1_000_000))).body().get("batch_id");

		List<String> seen = this.vandar.awaitSettlement(trackId, "FAILED");
		Map<String, Object> settlement = settlementOf(this.vandar.settlement(trackId));

		assertThat(seen).containsSubsequence("PENDING", "FAILED");
		assertThat(settlement.get("tracking_code")).isNull();
		assertThat((String) settlement.get("error_message")).isNotBlank();
		assertThat(this.vandar.details(batchId, "").list("data").get(0)).containsEntry("status", "SUBMITTED");
	}

	@Test
	void refusesEveryBatchForLackOfBalanceWhenTold() {
		this.faults.setInsufficientBalance(true);
		String trackId = newTrackId();

		VandarClient.Answer refused = this.vandar.create(List.of(item(trackId, 1_000_000)));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsEntry("amount", List.of(VandarSandbox.INSUFFICIENT_BALANCE));
		assertThat(this.vandar.balanceToman()).isZero();
		assertThat(this.vandar.settlement(trackId).status()).isEqualTo(404);
	}

	@Test
	void refusesABatchLargerThanTheBalanceWithoutTakingAnyOfIt() {
		long before = this.vandar.balanceToman();
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			items.add(item(newTrackId(), 500_000_000));
		}

		VandarClient.Answer refused = this.vandar.create(items);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsOnlyKeys("amount");
		assertThat(this.vandar.balanceToman()).isEqualTo(before);
		assertThat(this.vandar.settlement((String) items.get(0).get("track_id")).status()).isEqualTo(404);
	}

	@Test
	void holdsTheCreateAnswerBackByTheDelay() {
		this.faults.setDelay(java.time.Duration.ofMillis(400));
		long start = System.nanoTime();

		VandarClient.Answer created = this.vandar.create(List.of(item(newTrackId(), 1_000_000)));
		long createMillis = (System.nanoTime() - start) / 1_000_000;
		long balanceStart = System.nanoTime();
		this.vandar.balance();

		assertThat(created.status()).isEqualTo(200);
		assertThat(createMillis).isGreaterThanOrEqualTo(400);
		assertThat((System.nanoTime() - balanceStart) / 1_000_000).isLessThan(400);
	}

	@Test
	void turnsTheKnobsAndExpiresTheTokenThroughTheControlEndpoint() {
		RestClient control = RestClient.builder().baseUrl("http://127.0.0.1:" + this.port + "/sandbox/control").build();

		Map<String, Object> knobs = control.post()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("vandarDelay", "50ms", "vandarFailEveryNth5xx", 3, "vandarLoseEveryNthAnswer", 4,
					"vandarFailTrackersMatching", "x", "vandarFailSettlementsMatching", "y",
					"vandarInsufficientBalance", true, "vandarExpireTokensNow", true))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		VandarClient.Answer expired = this.vandar.balance();
		VandarClient.Answer refreshed = this.vandar.refresh(this.tokens.current().refreshToken());
		VandarClient.Answer again = this.vandar.balance();
		Map<String, Object> reset = control.post()
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("reset", true))
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});

		assertThat(knobs).containsEntry("vandarDelay", "PT0.05S")
			.containsEntry("vandarFailEveryNth5xx", 3)
			.containsEntry("vandarLoseEveryNthAnswer", 4)
			.containsEntry("vandarFailTrackersMatching", "x")
			.containsEntry("vandarFailSettlementsMatching", "y")
			.containsEntry("vandarInsufficientBalance", true)
			.containsKey("failEveryNth5xx");
		assertThat(expired.status()).isEqualTo(401);
		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(again.status()).isEqualTo(200);
		assertThat(reset).containsEntry("vandarDelay", "PT0S")
			.containsEntry("vandarFailEveryNth5xx", 0)
			.containsEntry("vandarInsufficientBalance", false);
	}

}
