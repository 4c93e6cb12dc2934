package ir.tasvieh.provider.sandbox.nextpay;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static ir.tasvieh.provider.sandbox.nextpay.SandboxClient.CARD;
import static ir.tasvieh.provider.sandbox.nextpay.SandboxClient.SHEBA;
import static ir.tasvieh.provider.sandbox.nextpay.SandboxClient.fields;
import static ir.tasvieh.provider.sandbox.nextpay.SandboxClient.newTracker;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=400ms", "tasvieh.sandbox.nextpay.settle-time=1s" })
class NextPaySandboxIntegrationTests {

	private static final String JALALI = "1[34]\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d";

	@LocalServerPort
	int port;

	@Autowired
	SandboxFaults faults;

	@Autowired
	JdbcTemplate jdbc;

	private SandboxClient sandbox;

	@BeforeEach
	void connect() {
		this.faults.reset();
		this.sandbox = new SandboxClient(this.port);
	}

	@Test
	void acceptsACheckoutWithATraceAndTheTotalTakenInToman() {
		SandboxClient.Answer withoutFee = this.sandbox.checkout("checkout_withoutfee", newTracker(), 1_500_000);
		SandboxClient.Answer feeFromAmount = this.sandbox.checkout("checkout", newTracker(), 1_500_000);

		assertThat(withoutFee.status()).isEqualTo(200);
		assertThat(withoutFee.code()).isEqualTo(200);
		assertThat(withoutFee.number("trace")).isPositive();
		assertThat(withoutFee.number("total")).isEqualTo(150_500);
		assertThat(feeFromAmount.number("total")).isEqualTo(150_000);
		assertThat(feeFromAmount.number("trace")).isNotEqualTo(withoutFee.number("trace"));
	}

	@Test
	void readsTheAmountAsTomanUnlessTheCurrencyIsRial() {
		String tracker = newTracker();
		SandboxClient.Answer answer = this.sandbox.post("nextpay/checkout_withoutfee",
				fields("amount", "150000", "sheba", SHEBA, "name", "Ali", "tracker", tracker));

		assertThat(answer.number("total")).isEqualTo(150_500);
		assertThat(this.sandbox.status(tracker).number("checkoutAmountIRR")).isEqualTo(1_500_000);
	}

	@Test
	void movesAPayoutFromInQueueThroughInProcessToCompleted() throws Exception {
		String tracker = newTracker();
		long trace = this.sandbox.checkout("checkout_withoutfee", tracker, 2_000_000).number("trace");
		SandboxClient.Answer queued = this.sandbox.status(tracker);

		List<String> seen = this.sandbox.awaitStatus(tracker, "Completed");
		SandboxClient.Answer completed = this.sandbox.post("nextpay/get_checkout_status",
				fields("checkoutId", Long.toString(trace)));

		assertThat(seen).containsSubsequence("InProcess", "Completed").doesNotContain("Failed");
		assertThat(queued.string("trackingNumber")).isNull();
		assertThat(completed.body()).containsEntry("code", 200)
			.containsEntry("message", "Your request has been processed successfully")
			.containsEntry("status", "Completed")
			.containsEntry("statusDescription", "Your withdrawal request has been completed")
			.containsEntry("destination", SHEBA)
			.containsEntry("tracker", tracker);
		assertThat(completed.number("checkoutId")).isEqualTo(trace);
		assertThat(completed.number("checkoutAmountIRR")).isEqualTo(2_000_000);
		assertThat(completed.number("checkoutAmountIRT")).isEqualTo(200_000);
		assertThat(completed.number("feeIRR")).isEqualTo(5_000);
		assertThat(completed.number("feeIRT")).isEqualTo(500);
		assertThat(completed.string("trackingNumber")).matches("\\d{20}");
		assertThat(completed.string("requestedAt")).matches(JALALI);
		assertThat(completed.string("updatedAt")).matches(JALALI);
	}

	@Test
	void firstShowsAnAcceptedPayoutInTheQueue() {
		String tracker = newTracker();
		this.sandbox.checkout("checkout_withoutfee", tracker, 2_000_000);

		assertThat(this.sandbox.status(tracker).string("status")).isIn("InQueue", "InProcess");
	}

	@Test
	void movesTheWithdrawableBalanceByAmountPlusFee() {
		SandboxClient.Answer before = this.sandbox.balance();
		this.sandbox.checkout("checkout_withoutfee", newTracker(), 3_000_000);
		SandboxClient.Answer after = this.sandbox.balance();

		assertThat(before.number("withdrawableBalanceIRR") - after.number("withdrawableBalanceIRR"))
			.isEqualTo(3_005_000);
		assertThat(before.number("totalBalanceIRR") - after.number("totalBalanceIRR")).isEqualTo(3_005_000);
		assertThat(after.number("totalBalanceIRT")).isEqualTo(after.number("totalBalanceIRR") / 10);
		assertThat(after.body()).containsKeys("apiTotalBalanceIRT", "apiTotalBalanceIRR", "apiWithdrawableBalanceIRR",
				"withdrawableBalanceIRT", "inQueueCheckoutsIRT", "inQueueCheckoutsIRR", "inProcessCheckoutsIRR",
				"completedCheckoutsIRR", "notificationWalletIRT", "notificationWalletIRR");
	}

	@Test
	void paysAnInstantCardPayoutFromTheTotalBalance() {
		String tracker = newTracker();
		long before = this.sandbox.balance().number("totalBalanceIRR");
		SandboxClient.Answer answer = this.sandbox.post("nextpay/checkout_on_time", fields("amount", "700000",
				"currency", "IRR", "type", "card", "card", CARD, "name", "Ali", "tracker", tracker));

		assertThat(answer.code()).isEqualTo(200);
		assertThat(before - this.sandbox.balance().number("totalBalanceIRR")).isEqualTo(705_000);
		assertThat(this.sandbox.status(tracker).string("destination")).isEqualTo(CARD);
	}

	@Test
	void refusesADuplicateTrackerWithoutTakingTheMoneyTwice() {
		String tracker = newTracker();
		this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);
		long before = this.sandbox.balance().number("withdrawableBalanceIRR");

		SandboxClient.Answer again = this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);

		assertThat(again.body()).isEqualTo(Map.of("code", -49, "message", "duplicate transaction"));
		assertThat(this.sandbox.balance().number("withdrawableBalanceIRR")).isEqualTo(before);
		assertThat(this.sandbox.requests(tracker)).extracting((entry) -> entry.get("outcome"))
			.containsExactly("accepted", "duplicate");
	}

	@Test
	void answersAnUnknownTrackerOrTraceWithNotFound() {
		Map<String, Object> notFound = Map.of("code", -37, "message", "transaction not found");

		assertThat(this.sandbox.status(newTracker()).body()).isEqualTo(notFound);
		assertThat(this.sandbox.post("nextpay/get_checkout_status", fields("checkoutId", "99999999")).body())
			.isEqualTo(notFound);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusals")
	void refusesAnInvalidCheckoutInNextPaysCodes(String why, String operation, Map<String, String> fields, int code) {
		long before = this.sandbox.balance().number("totalBalanceIRR");

		SandboxClient.Answer answer = this.sandbox.post("nextpay/" + operation, fields);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.code()).isEqualTo(code);
		assertThat(answer.string("message")).isNotBlank();
		assertThat(this.sandbox.balance().number("totalBalanceIRR")).isEqualTo(before);
	}

	static Stream<Arguments> refusals() {
		return Stream.of(refusal("no wid", "checkout", without("wid"), -33),
				refusal("empty auth", "checkout", with("auth", ""), -33),
				refusal("no amount", "checkout", without("amount"), -22),
				refusal("amount not a number", "checkout", with("amount", "12a"), -24),
				refusal("amount zero", "checkout", with("amount", "0"), -24),
				refusal("amount below 10,000 rials", "checkout", with("amount", "9999"), -30),
				refusal("sheba with IR", "checkout", with("sheba", "IR" + SHEBA), -46),
				refusal("sheba check digits", "checkout", with("sheba", "830540102680020817909002"), -46),
				refusal("no sheba", "checkout", without("sheba"), -46),
				refusal("card outside on_time", "checkout_withoutfee", with("card", CARD), -46),
				refusal("on_time without type", "checkout_on_time", without("type"), -46),
				refusal("card check digit", "checkout_on_time", with("type", "card", "card", "6037991234567890"), -46),
				refusal("no name", "checkout", without("name"), -65),
				refusal("tracker with a space", "checkout", with("tracker", "a b"), -46),
				refusal("wallet too small", "checkout", with("amount", "900000000000000"), -93));
	}

	private static Arguments refusal(String why, String operation, Map<String, String> fields, int code) {
		return Arguments.of(why, operation, fields, code);
	}

	private static Map<String, String> valid() {
		return fields("amount", "1000000", "currency", "IRR", "sheba", SHEBA, "name", "Ali", "tracker", newTracker());
	}

	private static Map<String, String> without(String field) {
		Map<String, String> fields = valid();
		fields.remove(field);
		return fields;
	}

	private static Map<String, String> with(String... pairs) {
		Map<String, String> fields = valid();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

	@Test
	void refusesEveryCheckoutForLackOfBalanceWhenToldTo() {
		this.faults.setInsufficientBalance(true);
		String tracker = newTracker();

		SandboxClient.Answer answer = this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);

		assertThat(answer.body()).isEqualTo(Map.of("code", -93, "message", "fund balance too low"));
		assertThat(this.sandbox.status(tracker).code()).isEqualTo(-37);
	}

	@Test
	void keepsPersianNamesInUtf8FromFormsAndJson() {
		String formTracker = newTracker();
		String jsonTracker = newTracker();
		this.sandbox.post("nextpay/checkout_withoutfee", fields("amount", "1000000", "currency", "IRR", "sheba", SHEBA,
				"name", "علی رضایی", "tracker", formTracker));
		SandboxClient.Answer json = this.sandbox.postJson("nextpay/checkout_withoutfee",
				Map.of("wid", 1234, "auth", "x", "amount", 1_000_000, "currency", "IRR", "sheba", SHEBA, "name",
						"زهرا کریمی", "tracker", jsonTracker));

		assertThat(json.code()).isEqualTo(200);
		assertThat(storedName(formTracker)).isEqualTo("علی رضایی");
		assertThat(storedName(jsonTracker)).isEqualTo("زهرا کریمی");
	}

	@Test
	void storesPayoutsAndTheWalletInTheDatabase() {
		String tracker = newTracker();
		long trace = this.sandbox.checkout("checkout", tracker, 1_000_000).number("trace");

		Map<String, Object> row = this.jdbc.queryForMap(
				"SELECT trace, operation, destination, amount_irr, fee_irr, taken_irr FROM sandbox_nextpay_checkout"
						+ " WHERE tracker = ?",
				tracker);
		Long balance = this.jdbc.queryForObject("SELECT balance_irr FROM sandbox_nextpay_wallet WHERE id = 1",
				Long.class);

		assertThat(row).containsEntry("TRACE", trace)
			.containsEntry("OPERATION", "checkout")
			.containsEntry("DESTINATION", SHEBA)
			.containsEntry("AMOUNT_IRR", 1_000_000L)
			.containsEntry("FEE_IRR", 5_000L)
			.containsEntry("TAKEN_IRR", 1_000_000L);
		assertThat(balance).isEqualTo(this.sandbox.balance().number("totalBalanceIRR"));
	}

	@Test
	void answersTheBalanceOfOneGatewayOnlyWithItsApiKey() {
		assertThat(this.sandbox.post("nextpay/get_api_balance", fields()).code()).isEqualTo(-20);
		assertThat(this.sandbox.post("nextpay/get_api_balance", fields("api_key", "b5c1a7a4")).body())
			.containsKeys("apiTotalBalanceIRR", "apiWithdrawableBalanceIRT");
		assertThat(this.sandbox.post("nextpay/get_balance", Map.of()).code()).isEqualTo(-33);
	}

	@Test
	void answersAnUnknownOperationWithNotFound() {
		assertThat(this.sandbox.post("nextpay/refund", fields()).status()).isEqualTo(404);
	}

	private String storedName(String tracker) {
		return this.jdbc.queryForObject("SELECT name FROM sandbox_nextpay_checkout WHERE tracker = ?", String.class,
				tracker);
	}

}
