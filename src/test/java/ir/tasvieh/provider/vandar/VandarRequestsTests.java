package ir.tasvieh.provider.vandar;

import java.util.List;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/** What is sent to Vandar, and what its answers mean. */
class VandarRequestsTests {

	@RegisterExtension
	static WireMockExtension vandar = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private DataSource database;

	private VandarProvider provider;

	@BeforeEach
	void setUp() {
		this.database = VandarFixtures.database();
		this.provider = VandarFixtures.provider(vandar, this.database);
	}

	@Test
	void sendsTheBatchAsDocumentedAndKeysItBySha512OfTheExactItems() throws Exception {
		vandar.stubFor(post(VandarFixtures.BATCHES).willReturn(okJson("{\"batch_id\":\"x\",\"total_amount\":1}")));
		List<PayoutOrder> orders = List.of(
				VandarFixtures.sheba(1, "t-1", 1_500_000, "حقوق آبان/۱۴۰۳ \"پاداش\" 😀", "0012"),
				VandarFixtures.sheba(2, "t-2", 50_000));

		String batchId = this.provider.batchId(orders);
		List<ProviderOutcome> outcomes = this.provider.submit(orders);

		LoggedRequest request = vandar.findAll(postRequestedFor(urlEqualTo(VandarFixtures.BATCHES))).get(0);
		String items = "[{\"track_id\":\"t-1\",\"iban\":\"IR820540102680020817909002\",\"amount\":1500000,"
				+ "\"type\":\"ACH\",\"payment_number\":\"0012\",\"description\":\"\\u062d\\u0642\\u0648\\u0642 "
				+ "\\u0622\\u0628\\u0627\\u0646\\/\\u06f1\\u06f4\\u06f0\\u06f3 \\\"\\u067e\\u0627\\u062f\\u0627\\u0634\\\" "
				+ "\\ud83d\\ude00\"},{\"track_id\":\"t-2\",\"iban\":\"IR820540102680020817909002\",\"amount\":50000,"
				+ "\"type\":\"ACH\"}]";
		String body = request.getBodyAsString();
		assertThat(body).isEqualTo("{\"batch_id\":\"" + batchId + "\",\"batches_settlement\":" + items + "}");
		String sent = body.substring(body.indexOf(":[") + 1, body.length() - 1);
		assertThat(batchId).hasSize(128).isEqualTo(VandarFixtures.sha512(sent));
		assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + VandarFixtures.ACCESS);
		assertThat(request.getHeader("Accept")).isEqualTo("application/json");
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		assertThat(outcomes).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.PENDING);
		assertThat(outcomes).extracting(ProviderOutcome::providerStatus).containsOnly("INIT");
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.answer().httpStatus()).isEqualTo(200));
	}

	@Test
	void writesStringsAsPhpJsonEncodeDoes() {
		assertThat(VandarBatch.json("a/b \"c\" \\ é\n\u0001😀\u007f"))
			.isEqualTo("a\\/b \\\"c\\\" \\\\ \\u00e9\\n\\u0001\\ud83d\\ude00\u007f");
		assertThat(VandarBatch.iban("820540102680020817909002")).isEqualTo("IR820540102680020817909002");
	}

	@Test
	void neverSendsCardsOrAmountsVandarCannotPay() {
		List<ProviderOutcome> outcomes = this.provider.submit(List.of(VandarFixtures.card(1, "t-1", 150_000),
				VandarFixtures.sheba(2, "t-2", 49_999), VandarFixtures.sheba(3, "t-3", 500_000_001)));

		assertThat(outcomes).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.FAILED);
		assertThat(outcomes.get(0).message()).contains("Vandar pays SHEBA only");
		assertThat(vandar.findAll(anyRequestedFor(anyUrl()))).isEmpty();
	}

	@Test
	void mapsA422BackToTheItemsItNames() {
		vandar.stubFor(post(VandarFixtures.BATCHES).willReturn(aResponse().withStatus(422)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The given data was invalid.\",\"errors\":{"
					+ "\"batches_settlement.1.amount\":[\"مبلغ نامعتبر است\"],"
					+ "\"batches_settlement.3.track_id\":[\"The track_id has already been taken.\"]}}")));
		List<PayoutOrder> orders = List.of(VandarFixtures.sheba(1, "t-1", 150_000),
				VandarFixtures.sheba(2, "t-2", 150_000), VandarFixtures.sheba(3, "t-3", 150_000),
				VandarFixtures.sheba(4, "t-4", 150_000));

		List<ProviderOutcome> outcomes = this.provider.submit(orders);

		assertThat(outcomes).extracting(ProviderOutcome::kind)
			.containsExactly(OutcomeKind.NOT_FOUND, OutcomeKind.FAILED, OutcomeKind.NOT_FOUND, OutcomeKind.UNKNOWN);
		assertThat(outcomes.get(1).message()).contains("amount: مبلغ نامعتبر است");
	}

	@Test
	void failsTheWholeBatchOnA422ThatNamesNoItem() {
		vandar.stubFor(post(VandarFixtures.BATCHES)
			.willReturn(aResponse().withStatus(422).withBody("{\"errors\":{\"amount\":[\"عدم کفایت موجودی\"]}}")));

		List<ProviderOutcome> outcomes = this.provider
			.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000), VandarFixtures.sheba(2, "t-2", 150_000)));

		assertThat(outcomes).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.FAILED);
		assertThat(outcomes.get(0).message()).contains("عدم کفایت موجودی");
	}

	@Test
	void leavesTheBatchUnknownWhenVandarRefusesItsBatchId() {
		vandar.stubFor(post(VandarFixtures.BATCHES).willReturn(aResponse().withStatus(422)
			.withBody("{\"errors\":{\"batch_id\":[\"The batch id has already been taken.\"]}}")));

		List<ProviderOutcome> outcomes = this.provider
			.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000), VandarFixtures.sheba(2, "t-2", 150_000)));

		assertThat(outcomes).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.UNKNOWN);
	}

	@Test
	void backsOffAfterA429AndSendsAgain() {
		vandar.stubFor(post(VandarFixtures.BATCHES).inScenario("busy")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
			.willSetStateTo("calm"));
		vandar.stubFor(
				post(VandarFixtures.BATCHES).inScenario("busy").whenScenarioStateIs("calm").willReturn(okJson("{}")));

		long started = System.nanoTime();
		List<ProviderOutcome> outcomes = this.provider.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000)));

		assertThat(outcomes.get(0).kind()).isEqualTo(OutcomeKind.PENDING);
		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(900_000_000L);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(VandarFixtures.BATCHES)))).hasSize(2);
	}

	@Test
	void givesUpAsUnknownAfterRepeated429s() {
		vandar.stubFor(post(VandarFixtures.BATCHES).willReturn(aResponse().withStatus(429)));

		List<ProviderOutcome> outcomes = this.provider.submit(List.of(VandarFixtures.sheba(1, "t-1", 150_000)));

		assertThat(outcomes.get(0).kind()).isEqualTo(OutcomeKind.UNKNOWN);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(VandarFixtures.BATCHES)))).hasSize(3);
	}

	@Test
	void followsEveryPageOfTheBatchAndEachSubmittedSettlement() {
		List<PayoutOrder> orders = List.of(VandarFixtures.sheba(1, "t-1", 150_000),
				VandarFixtures.sheba(2, "t-2", 150_000), VandarFixtures.sheba(3, "t-3", 150_000),
				VandarFixtures.sheba(4, "t-4", 150_000), VandarFixtures.sheba(5, "t-5", 150_000),
				VandarFixtures.sheba(6, "t-6", 150_000), VandarFixtures.sheba(7, "t-7", 150_000));
		String details = "/batch/api/v2/business/acme/batch-settlements/" + this.provider.batchId(orders);
		vandar.stubFor(get(details + "?per_page=100&page=1").willReturn(okJson(VandarFixtures.page(1, 3,
				VandarFixtures.item("t-1", "INIT", null), VandarFixtures.item("t-2", "FAILED", "شبا نامعتبر")))));
		vandar.stubFor(get(details + "?per_page=100&page=2").willReturn(okJson(VandarFixtures.page(2, 3,
				VandarFixtures.item("t-3", "CANCELED", null), VandarFixtures.item("t-4", "SUBMITTED", null)))));
		vandar.stubFor(get(details + "?per_page=100&page=3").willReturn(okJson(VandarFixtures.page(3, 3,
				VandarFixtures.item("t-5", "SUBMITTED", null), VandarFixtures.item("t-6", "PENDING", null)))));
		vandar.stubFor(get("/api/v4/business/acme/settlement/t-4").willReturn(okJson("{\"message\":\"ok\",\"data\":"
				+ "{\"track_id\":\"t-4\",\"settlements\":[{\"transaction_id\":\"163559577615\",\"amount\":150000,"
				+ "\"wage\":\"220\",\"status\":\"DONE\",\"tracking_code\":\"140208150001\"}]}}")));
		vandar.stubFor(get("/api/v4/business/acme/settlement/t-5").willReturn(notFound()));

		List<ProviderOutcome> outcomes = this.provider.inquire(orders);

		assertThat(outcomes).extracting(ProviderOutcome::kind)
			.containsExactly(OutcomeKind.PENDING, OutcomeKind.FAILED, OutcomeKind.CANCELED, OutcomeKind.PAID,
					OutcomeKind.PENDING, OutcomeKind.PENDING, OutcomeKind.UNKNOWN);
		assertThat(outcomes.get(1).message()).isEqualTo("شبا نامعتبر");
		ProviderOutcome paid = outcomes.get(3);
		assertThat(paid.providerRef()).isEqualTo("163559577615");
		assertThat(paid.bankTrackingNo()).isEqualTo("140208150001");
		assertThat(paid.feeIrr()).isEqualTo(2200);
		assertThat(paid.providerStatus()).isEqualTo("DONE");
		assertThat(outcomes.get(4).providerRef()).isEqualTo("162967221235");
		assertThat(vandar.findAll(getRequestedFor(urlPathEqualTo(details)))).hasSize(3);
	}

	@Test
	void answersNotFoundForABatchVandarDoesNotKnow() {
		vandar.stubFor(get(anyUrl()).willReturn(notFound().withBody("{\"status\":0,\"error\":\"Not Found\"}")));

		List<ProviderOutcome> outcomes = this.provider
			.inquire(List.of(VandarFixtures.sheba(1, "t-1", 150_000), VandarFixtures.sheba(2, "t-2", 150_000)));

		assertThat(outcomes).extracting(ProviderOutcome::kind).containsOnly(OutcomeKind.NOT_FOUND);
	}

	@Test
	void readsTheDeductibleBalanceInTomanAsRials() {
		vandar.stubFor(get("/api/v2/business/acme").willReturn(okJson(
				"{\"status\":1,\"data\":{\"wallet\":\"30000\",\"deductible_amount\":\"26,099\",\"currency\":\"Toman\"}}")));

		BalanceAnswer balance = this.provider.balance();

		assertThat(balance.availableIrr()).isEqualTo(260_990);
	}

	@Test
	void fallsBackToTheBalanceCall() {
		vandar.stubFor(get("/api/v2/business/acme").willReturn(serverError()));
		vandar.stubFor(get("/api/v2/business/acme/balance")
			.willReturn(okJson("{\"status\":1,\"data\":{\"wallet\":100000,\"currency\":\"Toman\"}}")));

		assertThat(this.provider.balance().availableIrr()).isEqualTo(1_000_000);
	}

}
