package ir.tasvieh.provider.sandbox.vandar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static ir.tasvieh.provider.sandbox.vandar.VandarClient.BUSINESS;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.item;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.newTrackId;
import static ir.tasvieh.provider.sandbox.vandar.VandarClient.settlementOf;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.vandar.queue-time=2s", "tasvieh.sandbox.vandar.settle-time=3s" })
class VandarSandboxIntegrationTests {

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
	void acceptsABatchWhoseIdIsTheHashOfTheItemsAsSent() {
		long before = this.vandar.balanceToman();
		List<Map<String, Object>> items = List.of(item(newTrackId(), 1_000_000), item(newTrackId(), 2_000_000));

		VandarClient.Answer created = this.vandar.create(items);

		assertThat(created.status()).isEqualTo(200);
		assertThat((String) created.body().get("batch_id")).hasSize(128);
		assertThat(created.map("status")).containsEntry("total_count", 2)
			.containsEntry("init_count", 2)
			.containsEntry("submitted_count", 0)
			.containsEntry("failed_count", 0);
		assertThat(created.body()).containsEntry("total_amount", 3_000_000);
		assertThat(((Number) created.body().get("created_at")).longValue()).isCloseTo(System.currentTimeMillis() / 1000,
				org.assertj.core.data.Offset.offset(5L));
		// Amount plus the 2,000-rial wage of each item, shown in toman.
		assertThat(this.vandar.balanceToman()).isEqualTo(before - 300_400);
	}

	@Test
	void hashesTheItemsExactlyAsSentNotReserialised() {
		String pretty = "[\n  { \"track_id\": \"" + newTrackId() + "\", \"iban\": \"" + VandarClient.iban(7)
				+ "\", \"amount\": 60000 }\n]";
		String compact = pretty.replace("\n", "").replace(" ", "");

		VandarClient.Answer reserialised = this.vandar
			.createRaw(VandarClient.body(VandarBatchRequest.sha512Hex(compact), pretty));
		VandarClient.Answer asSent = this.vandar
			.createRaw(VandarClient.body(VandarBatchRequest.sha512Hex(pretty), pretty));

		assertThat(reserialised.status()).isEqualTo(422);
		assertThat(reserialised.errors()).containsOnlyKeys("batch_id");
		assertThat(asSent.status()).isEqualTo(200);
	}

	@Test
	void refusesAWrongHashWithoutTakingAnything() {
		String trackId = newTrackId();
		String json = VandarClient.itemsJson(List.of(item(trackId, 1_000_000)));
		long before = this.vandar.balanceToman();

		VandarClient.Answer refused = this.vandar.createRaw(VandarClient.body("ab".repeat(64), json));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsOnlyKeys("batch_id");
		assertThat(this.vandar.settlement(trackId).status()).isEqualTo(404);
		assertThat(this.vandar.balanceToman()).isEqualTo(before);
		assertThat(this.vandar.requests("ab".repeat(64))).extracting((entry) -> entry.get("outcome"))
			.containsExactly("refused");
	}

	@Test
	void refusesInvalidItemsWithLaravelKeysAndTakesNoneOfThem() {
		String good = newTrackId();
		String twice = newTrackId();
		Map<String, Object> badIban = item(newTrackId(), 1_000_000);
		badIban.put("iban", "IR830540102680020817909002");
		Map<String, Object> noPrefix = item(newTrackId(), 1_000_000);
		noPrefix.put("iban", "820540102680020817909002");
		Map<String, Object> noTrackId = item(null, 1_000_000);
		noTrackId.remove("track_id");
		Map<String, Object> fraction = item(newTrackId(), 1_000_000);
		fraction.put("amount", 60000.5);
		List<Map<String, Object>> items = List.of(item(good, 1_000_000), badIban, noPrefix, item(newTrackId(), 49_999),
				item(newTrackId(), 500_000_001), noTrackId, fraction, item(twice, 50_000), item(twice, 500_000_000));

		VandarClient.Answer refused = this.vandar.create(items);

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsOnlyKeys("batches_settlement.1.iban", "batches_settlement.2.iban",
				"batches_settlement.3.amount", "batches_settlement.4.amount", "batches_settlement.5.track_id",
				"batches_settlement.6.amount", "batches_settlement.8.track_id");
		assertThat(this.vandar.settlement(good).status()).isEqualTo(404);
	}

	@Test
	void refusesADuplicateBatchIdWithoutTakingTwice() {
		List<Map<String, Object>> items = List.of(item(newTrackId(), 1_000_000));
		VandarClient.Answer first = this.vandar.create(items);
		long after = this.vandar.balanceToman();

		VandarClient.Answer second = this.vandar.create(items);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(422);
		assertThat(second.errors()).containsOnlyKeys("batch_id");
		assertThat(second.errors().get("batch_id").get(0)).contains("duplicate");
		assertThat(this.vandar.balanceToman()).isEqualTo(after);
		assertThat(this.vandar.requests((String) first.body().get("batch_id")))
			.extracting((entry) -> entry.get("outcome"), (entry) -> entry.get("httpStatus"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("accepted", 200),
					org.assertj.core.groups.Tuple.tuple("duplicate", 422));
	}

	@Test
	void refusesATrackIdTakenByAnEarlierBatch() {
		String taken = newTrackId();
		String fresh = newTrackId();
		assertThat(this.vandar.create(List.of(item(taken, 1_000_000))).status()).isEqualTo(200);
		long after = this.vandar.balanceToman();

		VandarClient.Answer refused = this.vandar.create(List.of(item(fresh, 1_000_000), item(taken, 2_000_000)));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.errors()).containsOnlyKeys("batches_settlement.1.track_id");
		assertThat(this.vandar.settlement(fresh).status()).isEqualTo(404);
		assertThat(this.vandar.balanceToman()).isEqualTo(after);
	}

	@Test
	void movesItemsFromInitToSubmittedAndTheirSettlementsToDone() throws InterruptedException {
		String trackId = newTrackId();
		String batchId = (String) this.vandar.create(List.of(item(trackId, 1_000_000))).body().get("batch_id");

		Map<String, Object> init = this.vandar.details(batchId, "").list("data").get(0);
		List<String> seen = this.vandar.awaitSettlement(trackId, "DONE");
		Map<String, Object> submitted = this.vandar.details(batchId, "").list("data").get(0);
		Map<String, Object> done = settlementOf(this.vandar.settlement(trackId));

		assertThat(init).containsEntry("status", "INIT").containsEntry("transaction_id", null);
		assertThat(seen).containsSubsequence("PENDING", "DONE");
		assertThat(seen).first().isIn("INIT", "PENDING");
		assertThat(submitted).containsEntry("status", "SUBMITTED")
			.containsEntry("track_id", trackId)
			.containsEntry("amount", "1000000")
			.containsEntry("error_message", null);
		assertThat(submitted.get("transaction_id").toString()).matches("[1-9][0-9]{11}");
		assertThat(done).containsEntry("amount", 1_000_000)
			.containsEntry("wage", 2_000)
			.containsEntry("transaction_id", submitted.get("transaction_id"));
		assertThat((String) done.get("tracking_code")).matches("[0-9]{20}");
		assertThat(this.vandar.details(batchId, "").list("data")).hasSize(1);
	}

	@Test
	void paginatesBatchesTenAPageNewestFirst() {
		String business = "paged-" + System.nanoTime();
		List<String> batchIds = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String json = VandarClient.itemsJson(List.of(item(newTrackId(), 50_000)));
			String batchId = VandarBatchRequest.sha512Hex(json);
			VandarClient.Answer created = this.vandar.exchange(org.springframework.http.HttpMethod.POST,
					"/batch/api/v2/business/" + business + "/batches-settlement", VandarClient.body(batchId, json),
					this.vandar.accessToken);
			assertThat(created.status()).isEqualTo(200);
			batchIds.add(0, batchId);
		}
		String path = "/batch/api/v2/business/" + business + "/batches";

		VandarClient.Answer first = this.vandar.get(path);
		VandarClient.Answer second = this.vandar.get(path + "?page=2");

		assertThat(first.list("data")).extracting((batch) -> batch.get("batch_id"))
			.containsExactlyElementsOf(batchIds.subList(0, 10));
		assertThat(first.map("meta")).containsEntry("current_page", 1)
			.containsEntry("last_page", 2)
			.containsEntry("per_page", 10)
			.containsEntry("total", 12);
		assertThat((String) first.map("links").get("next")).endsWith(path + "?page=2");
		assertThat(first.map("links")).containsEntry("prev", null);
		assertThat(second.list("data")).extracting((batch) -> batch.get("batch_id"))
			.containsExactlyElementsOf(batchIds.subList(10, 12));
		assertThat(second.map("links")).containsEntry("next", null);
	}

	@Test
	void paginatesAndFiltersABatchsItems() {
		List<Map<String, Object>> items = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			items.add(item(newTrackId(), 50_000 + i));
		}
		String batchId = (String) this.vandar.create(items).body().get("batch_id");

		VandarClient.Answer third = this.vandar.details(batchId, "per_page=10&page=3");
		VandarClient.Answer byDefault = this.vandar.details(batchId, "");
		VandarClient.Answer init = this.vandar.details(batchId, "status=INIT&per_page=100");
		VandarClient.Answer failed = this.vandar.details(batchId, "status=FAILED");

		assertThat(third.list("data")).extracting((item) -> item.get("track_id"))
			.containsExactlyElementsOf(items.subList(20, 25).stream().map((item) -> item.get("track_id")).toList());
		assertThat(third.map("meta")).containsEntry("current_page", 3)
			.containsEntry("last_page", 3)
			.containsEntry("from", 21)
			.containsEntry("to", 25)
			.containsEntry("total", 25);
		assertThat((String) third.map("links").get("prev")).endsWith("?per_page=10&page=2");
		assertThat(byDefault.list("data")).hasSize(20);
		assertThat(init.list("data")).hasSize(25);
		assertThat(failed.list("data")).isEmpty();
		assertThat(this.vandar.details(batchId, "status=DONE").status()).isEqualTo(422);
		assertThat(this.vandar.details(batchId, "per_page=0").status()).isEqualTo(422);
	}

	@Test
	void answersNotFoundForAnUnknownBatchOrTrackId() {
		VandarClient.Answer batch = this.vandar.details("ab".repeat(64), "");
		VandarClient.Answer settlement = this.vandar.settlement(newTrackId());

		assertThat(batch.status()).isEqualTo(404);
		assertThat(batch.body()).containsEntry("status", 0).containsEntry("error", "Not Found");
		assertThat(settlement.status()).isEqualTo(404);
	}

	@Test
	void refusesCallsWithoutTheAccessTokenInForce() {
		String batchPath = "/batch/api/v2/business/" + BUSINESS + "/batches";
		for (String bearer : new String[] { null, "sandbox-access-999", "" }) {
			VandarClient.Answer answer = this.vandar.exchange(org.springframework.http.HttpMethod.GET, batchPath, null,
					bearer);
			assertThat(answer.status()).isEqualTo(401);
			assertThat(answer.body()).containsEntry("status", 0).containsEntry("error", "Unauthenticated");
		}
		String json = VandarClient.itemsJson(List.of(item(newTrackId(), 1_000_000)));
		String batchId = VandarBatchRequest.sha512Hex(json);
		VandarClient.Answer create = this.vandar.exchange(org.springframework.http.HttpMethod.POST,
				"/batch/api/v2/business/" + BUSINESS + "/batches-settlement", VandarClient.body(batchId, json), "nope");

		assertThat(create.status()).isEqualTo(401);
		assertThat(this.vandar.requests(batchId)).extracting((entry) -> entry.get("outcome"))
			.containsExactly("refused");
		assertThat(this.vandar.details(batchId, "").status()).isEqualTo(404);
	}

	@Test
	void answersTheBalanceAndBusinessInToman() {
		VandarClient.Answer balance = this.vandar.balance();
		VandarClient.Answer business = this.vandar.get("/api/v2/business/" + BUSINESS);

		assertThat(balance.body()).containsEntry("status", 1);
		assertThat(balance.map("data")).containsEntry("currency", "Toman");
		long toman = ((Number) balance.map("data").get("wallet")).longValue();
		assertThat(toman).isPositive().isLessThanOrEqualTo(10_000_000_000L);
		assertThat(business.map("data")).containsEntry("wallet", balance.map("data").get("wallet"))
			.containsEntry("deductible_amount", balance.map("data").get("wallet"))
			.containsEntry("blocked_amount", 0);
	}

}
