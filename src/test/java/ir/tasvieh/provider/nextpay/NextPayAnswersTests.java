package ir.tasvieh.provider.nextpay;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.BalanceAnswer;
import ir.tasvieh.provider.NextPayMode;
import ir.tasvieh.provider.OutcomeKind;
import ir.tasvieh.provider.PayoutOrder;
import ir.tasvieh.provider.ProviderOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** What NextPay's answers mean for a payout and for the balance. */
class NextPayAnswersTests {

	@RegisterExtension
	static WireMockExtension nextpay = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private static final PayoutOrder ORDER = NextPayFixtures.sheba(7, "t-7", 150_000);

	@Test
	void takesAnAnswerWithANumericTraceAsPendingWithTheFeeFromTheTotal() {
		ProviderOutcome outcome = submit(NextPayMode.checkout_withoutfee,
				"{\"code\":200,\"message\":\"ثبت شد\",\"trace\":95012,\"total\":15250}");

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.PENDING);
		assertThat(outcome.providerRef()).isEqualTo("95012");
		assertThat(outcome.feeIrr()).isEqualTo(2_500L);
		assertThat(outcome.message()).isEqualTo("ثبت شد");
		assertThat(outcome.answer().operation()).isEqualTo("checkout_withoutfee");
		assertThat(outcome.answer().httpStatus()).isEqualTo(200);
		assertThat(outcome.answer().body()).contains("\"trace\":95012");
	}

	@Test
	void readsCodesAndTracesSentAsStringsAndIgnoresExtraFieldsAndNulls() {
		ProviderOutcome outcome = submit(NextPayMode.checkout_on_time,
				"{\"code\":\"200\",\"message\":null,\"trace\":\" 95012-A \",\"total\":\"15000\",\"extra\":{\"a\":[1]}}");

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.PENDING);
		assertThat(outcome.providerRef()).isEqualTo("95012-A");
		assertThat(outcome.feeIrr()).isZero();
		assertThat(outcome.message()).isNull();
	}

	@Test
	void leavesTheFeeOutWhenItCannotBeDerivedExactly() {
		// The fee comes out of the amount in mode checkout.
		assertThat(submit(NextPayMode.checkout, "{\"code\":200,\"trace\":1,\"total\":15250}").feeIrr()).isNull();
		// A total below the amount, or with a fraction of a rial, is never rounded.
		assertThat(submit(NextPayMode.checkout_withoutfee, "{\"code\":200,\"trace\":1,\"total\":14999}").feeIrr())
			.isNull();
		assertThat(submit(NextPayMode.checkout_withoutfee, "{\"code\":200,\"trace\":1,\"total\":15000.05}").feeIrr())
			.isNull();
		assertThat(submit(NextPayMode.checkout_withoutfee, "{\"code\":200,\"trace\":1,\"total\":15000.5}").feeIrr())
			.isEqualTo(5L);
		assertThat(submit(NextPayMode.checkout_withoutfee, "{\"code\":200,\"trace\":1,\"total\":null}").feeIrr())
			.isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"code":200,"message":"ok"}                  | code 200 without a trace
			{"code":200,"message":"ok","trace":null}     | code 200 without a trace
			{"code":200,"trace":""}                      | code 200 without a trace
			{"message":"ok","trace":5}                   | no usable code
			{"code":"two hundred","trace":5}             | no usable code
			{"code":-49,"message":"تراکنش تکراری"}       | -49: تراکنش تکراری
			{"code":-49}                                 | -49: duplicate transaction
			{"code":-25}                                 | -25: transaction already done
			[1,2]                                        | not a JSON object
			{not json                                    | not a JSON object
			""")
	void takesAnAnswerThatDoesNotClearlyAcceptOrRefuseAsUnknown(String body, String message) {
		ProviderOutcome outcome = submit(NextPayMode.checkout_withoutfee, body);

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
		assertThat(outcome.message()).contains(message);
		assertThat(outcome.providerRef()).isNull();
		assertThat(outcome.answer().body()).isEqualTo(body);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			200 | {"code":-30,"message":""}                      | -30: amount below minimum
			200 | {"code":"-30"}                                 | -30: amount below minimum
			200 | {"code":-31,"message":"کیف پول وجود ندارد"}    | -31: کیف پول وجود ندارد
			400 | {"code":-33,"message":"invalid auth"}          | -33: invalid auth
			422 | {"code":-61}                                   | -61: a field is invalid
			200 | {"code":-999}                                  | -999: error code not documented
			""")
	void takesAClearRefusalAsFailedWithTheCodeAndMessage(int status, String body, String message) {
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/checkout_withoutfee"))
			.willReturn(aResponse().withStatus(status).withBody(body)));

		ProviderOutcome outcome = NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee)
			.submit(List.of(ORDER))
			.get(0);

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.FAILED);
		assertThat(outcome.message()).isEqualTo(message);
		assertThat(outcome.answer().httpStatus()).isEqualTo(status);
	}

	@Test
	void takesACompletedPayoutAsPaidWithTheBankTrackingNumberAndFee() {
		ProviderOutcome outcome = inquire("""
				{"code":200,"message":"Your request has been processed successfully","checkoutId":95012,
				 "checkoutAmountIRR":150000,"feeIRT":250,"feeIRR":2500,"destination":"820540102680020817909002",
				 "trackingNumber":"14000423056203152106","status":"Completed",
				 "statusDescription":"Your withdrawal request has been completed","tracker":"t-7",
				 "requestedAt":"1400-04-23 18:15:24","updatedAt":"1400-04-23 18:20:02"}""");

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.PAID);
		assertThat(outcome.providerRef()).isEqualTo("95012");
		assertThat(outcome.bankTrackingNo()).isEqualTo("14000423056203152106");
		assertThat(outcome.feeIrr()).isEqualTo(2_500L);
		assertThat(outcome.providerStatus()).isEqualTo("Completed (Your withdrawal request has been completed)");
		assertThat(outcome.answer().operation()).isEqualTo("get_checkout_status_tracker");
	}

	@Test
	void readsStatusesInAnyCaseNumbersAsStringsAndTheFeeInToman() {
		ProviderOutcome outcome = inquire("""
				{"code":"200","checkoutId":"95012","feeIRT":"250","trackingNumber":14000423056203152106,
				 "status":" completed ","statusDescription":null}""");

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.PAID);
		assertThat(outcome.feeIrr()).isEqualTo(2_500L);
		assertThat(outcome.bankTrackingNo()).isEqualTo("14000423056203152106");
		assertThat(outcome.providerStatus()).isEqualTo("completed");
	}

	@Test
	void findsAPayoutNestedInTheAnswer() {
		ProviderOutcome outcome = inquire("""
				{"code":200,"data":[{"checkoutId":1,"tracker":"other","status":"Failed"},
				 {"checkoutId":2,"tracker":"t-7","status":"Completed","trackingNumber":"77"}]}""");

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.PAID);
		assertThat(outcome.providerRef()).isEqualTo("2");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			InQueue                | PENDING
			In Process             | PENDING
			Pending                | PENDING
			Something New          | PENDING
			Incomplete             | PENDING
			Failed                 | FAILED
			REJECTED               | FAILED
			Bank Error             | FAILED
			ناموفق                 | FAILED
			Returned               | REVERSED
			Reversed               | REVERSED
			Canceled               | CANCELED
			cancelled              | CANCELED
			""")
	void mapsStatusStrings(String status, OutcomeKind kind) {
		ProviderOutcome outcome = inquire(
				"{\"code\":200,\"checkoutId\":95012,\"status\":\"" + status + "\",\"trackingNumber\":\"1\"}");

		assertThat(outcome.kind()).isEqualTo(kind);
		assertThat(outcome.providerStatus()).isEqualTo(status);
		assertThat(outcome.bankTrackingNo()).isNull();
	}

	@Test
	void takesMinus37AsNotFound() {
		ProviderOutcome outcome = inquire("{\"code\":-37,\"message\":\"\"}");

		assertThat(outcome.kind()).isEqualTo(OutcomeKind.NOT_FOUND);
		assertThat(outcome.message()).isEqualTo("-37: transaction not found");
	}

	@Test
	void takesTheConfiguredCodesAsNotFoundAndDuplicateInsteadOfMinus37AndMinus49() {
		NextPaySettings settings = new NextPaySettings(null, "4242", "test-auth", NextPayMode.checkout_withoutfee, 4,
				Duration.ofSeconds(2), Duration.ofSeconds(5), 0, 20, List.of(-404L), List.of(-409L), null, null);
		NextPayProvider provider = NextPayFixtures.provider(nextpay, settings);

		nextpay
			.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status_tracker")).willReturn(okJson("{\"code\":-404}")));
		assertThat(provider.inquire(List.of(ORDER)).get(0).kind()).isEqualTo(OutcomeKind.NOT_FOUND);
		// -37 is no longer "not found" here: the payout may exist, so it stays in doubt.
		nextpay
			.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status_tracker")).willReturn(okJson("{\"code\":-37}")));
		assertThat(provider.inquire(List.of(ORDER)).get(0).kind()).isEqualTo(OutcomeKind.UNKNOWN);

		nextpay.stubFor(post(urlEqualTo("/nx/gateway/checkout_withoutfee")).willReturn(okJson("{\"code\":-409}")));
		assertThat(provider.submit(List.of(ORDER)).get(0).kind()).isEqualTo(OutcomeKind.UNKNOWN);
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/checkout_withoutfee")).willReturn(okJson("{\"code\":-49}")));
		assertThat(provider.submit(List.of(ORDER)).get(0).kind()).isEqualTo(OutcomeKind.FAILED);
	}

	@Test
	void refusesACodeThatWouldMeanBothNotFoundAndDuplicate() {
		assertThatIllegalArgumentException().isThrownBy(() -> new NextPaySettings(null, null, null, null, 4, null, null,
				0, null, List.of(-37L), List.of(-37L), null, null));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{"code":-34,"message":"invalid"}
			{"code":-27}
			{"code":-33}
			{"code":200,"message":"ok"}
			{"message":"no code"}
			""")
	void takesOtherRefusalsOfAnInquiryAsUnknown(String body) {
		assertThat(inquire(body).kind()).isEqualTo(OutcomeKind.UNKNOWN);
	}

	@Test
	void neverCallsAPayoutNotFoundWhenNextPayGaveItATrace() {
		nextpay
			.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status_tracker")).willReturn(okJson("{\"code\":-37}")));
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status")).willReturn(okJson("{\"code\":-37}")));
		NextPayProvider provider = NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee);

		ProviderOutcome outcome = provider.inquire(List.of(NextPayFixtures.withRef(ORDER, "95012"))).get(0);
		assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNKNOWN);
		assertThat(outcome.message()).contains("t-7").contains("95012");

		nextpay.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status"))
			.willReturn(okJson("{\"code\":200,\"checkoutId\":95012,\"status\":\"InQueue\"}")));
		outcome = provider.inquire(List.of(NextPayFixtures.withRef(ORDER, "95012"))).get(0);
		assertThat(outcome.kind()).isEqualTo(OutcomeKind.PENDING);
		assertThat(outcome.answer().operation()).isEqualTo("get_checkout_status");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			checkout            | 5000000
			checkout_withoutfee | 5000000
			checkout_on_time    | 9000000
			""")
	void readsTheBalanceTheModePaysFrom(NextPayMode mode, long available) {
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/get_balance")).willReturn(okJson("""
				{"code":200,"message":"ok","totalBalanceIRT":900000,"totalBalanceIRR":9000000,
				 "withdrawableBalanceIRT":"500000","withdrawableBalanceIRR":"5000000"}""")));

		BalanceAnswer balance = NextPayFixtures.provider(nextpay, mode).balance();

		assertThat(balance.availableIrr()).isEqualTo(available);
		assertThat(balance.answer().operation()).isEqualTo("get_balance");
	}

	@Test
	void readsTheBalanceInTomanWhenRialsAreMissing() {
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/get_balance"))
			.willReturn(okJson("{\"code\":200,\"withdrawableBalanceIRT\":500000,\"withdrawableBalanceIRR\":null}")));

		assertThat(NextPayFixtures.provider(nextpay, NextPayMode.checkout).balance().availableIrr())
			.isEqualTo(5_000_000L);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			200 | {"code":-33,"message":""}  | -33: API key invalid
			200 | {"code":200}               | no withdrawableBalanceIRR
			200 | {oops                      | not a JSON object
			503 | {"code":200}               | HTTP 503
			""")
	void saysWhyTheBalanceIsNotKnown(int status, String body, String message) {
		nextpay.stubFor(
				post(urlEqualTo("/nx/gateway/get_balance")).willReturn(aResponse().withStatus(status).withBody(body)));

		BalanceAnswer balance = NextPayFixtures.provider(nextpay, NextPayMode.checkout).balance();

		assertThat(balance.known()).isFalse();
		assertThat(balance.message()).contains(message);
		assertThat(balance.answer().body()).isEqualTo(body);
	}

	private static ProviderOutcome submit(NextPayMode mode, String body) {
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/" + mode.name())).willReturn(okJson(body)));
		return NextPayFixtures.provider(nextpay, mode).submit(List.of(ORDER)).get(0);
	}

	private static ProviderOutcome inquire(String body) {
		nextpay.stubFor(post(urlEqualTo("/nx/gateway/get_checkout_status_tracker")).willReturn(okJson(body)));
		return NextPayFixtures.provider(nextpay, NextPayMode.checkout_withoutfee).inquire(List.of(ORDER)).get(0);
	}

}
