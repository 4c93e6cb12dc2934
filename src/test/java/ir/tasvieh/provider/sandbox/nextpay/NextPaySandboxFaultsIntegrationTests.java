package ir.tasvieh.provider.sandbox.nextpay;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.ResourceAccessException;

import static ir.tasvieh.provider.sandbox.nextpay.SandboxClient.newTracker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The fault knobs, turned in-process and through {@code /sandbox/control}, and the
 * request log that shows what reached the sandbox.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "tasvieh.sandbox.nextpay.queue-time=400ms", "tasvieh.sandbox.nextpay.settle-time=1s" })
class NextPaySandboxFaultsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SandboxFaults faults;

	private SandboxClient sandbox;

	@BeforeEach
	void connect() {
		this.faults.reset();
		this.sandbox = new SandboxClient(this.port);
	}

	@AfterEach
	void resetTheKnobs() {
		this.faults.reset();
	}

	@Test
	void answersEveryNthCheckoutWithA5xxWithoutTakingThePayout() {
		this.faults.setFailEveryNth5xx(2);
		String first = newTracker();
		String second = newTracker();

		SandboxClient.Answer accepted = this.sandbox.checkout("checkout_withoutfee", first, 1_000_000);
		SandboxClient.Answer failed = this.sandbox.checkout("checkout_withoutfee", second, 1_000_000);
		SandboxClient.Answer unknown = this.sandbox.status(second);
		SandboxClient.Answer resent = this.sandbox.checkout("checkout_withoutfee", second, 1_000_000);

		assertThat(accepted.code()).isEqualTo(200);
		assertThat(failed.status()).isEqualTo(500);
		assertThat(failed.body()).isEmpty();
		assertThat(unknown.code()).isEqualTo(-37);
		assertThat(resent.code()).isEqualTo(200);
		assertThat(this.sandbox.requests(second)).extracting((entry) -> entry.get("outcome"))
			.containsExactly("server_error", "accepted");
	}

	@Test
	void takesThePayoutButLosesTheAnswerOfEveryNthCheckout() {
		this.faults.setLoseEveryNthAnswer(1);
		String tracker = newTracker();
		long before = this.sandbox.balance().number("withdrawableBalanceIRR");

		SandboxClient.Answer lost = this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);
		SandboxClient.Answer status = this.sandbox.status(tracker);
		SandboxClient.Answer resent = this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);

		assertThat(lost.status()).isEqualTo(500);
		assertThat(status.code()).isEqualTo(200);
		assertThat(status.string("tracker")).isEqualTo(tracker);
		assertThat(resent.status()).isEqualTo(500);
		assertThat(before - this.sandbox.balance().number("withdrawableBalanceIRR")).isEqualTo(1_005_000);
		assertThat(this.sandbox.requests(tracker))
			.extracting((entry) -> entry.get("outcome"), (entry) -> entry.get("answerLost"),
					(entry) -> entry.get("httpStatus"))
			.containsExactly(tuple("accepted", true, 500), tuple("duplicate", true, 500));
	}

	@Test
	void endsPayoutsWhoseTrackerMatchesAsFailedAndGivesTheMoneyBack() throws Exception {
		this.faults.setFailTrackersMatching("^fail-");
		String tracker = "fail-" + newTracker();
		long before = this.sandbox.balance().number("withdrawableBalanceIRR");

		this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);
		long during = this.sandbox.balance().number("withdrawableBalanceIRR");
		this.sandbox.awaitStatus(tracker, "Failed");
		SandboxClient.Answer failed = this.sandbox.status(tracker);

		assertThat(before - during).isEqualTo(1_005_000);
		assertThat(failed.string("trackingNumber")).isNull();
		assertThat(failed.string("statusDescription")).contains("failed");
		assertThat(this.sandbox.balance().number("withdrawableBalanceIRR")).isEqualTo(before);
	}

	@Test
	void holdsAnswersBackWhileThePayoutIsAlreadyTaken() throws Exception {
		this.faults.setDelay(Duration.ofSeconds(1));
		String tracker = newTracker();
		SandboxClient impatient = new SandboxClient(this.port, Duration.ofMillis(200));

		assertThatExceptionOfType(ResourceAccessException.class)
			.isThrownBy(() -> impatient.checkout("checkout_withoutfee", tracker, 1_000_000));
		this.faults.setDelay(Duration.ZERO);

		assertThat(this.sandbox.awaitStatus(tracker, "Completed")).isNotEmpty();
	}

	@Test
	void turnsTheKnobsThroughTheControlEndpointAsJsonOrForm() {
		SandboxClient.Answer set = this.sandbox.postJson("control",
				Map.of("loseEveryNthAnswer", 3, "delay", "250ms", "failTrackersMatching", "x$"));
		SandboxClient.Answer insufficient = this.sandbox.post("control", Map.of("insufficientBalance", "true"));
		SandboxClient.Answer refused = this.sandbox.checkout("checkout_withoutfee", newTracker(), 1_000_000);
		SandboxClient.Answer reset = this.sandbox.post("control", Map.of("reset", "true"));

		assertThat(set.body()).containsEntry("loseEveryNthAnswer", 3)
			.containsEntry("delay", "PT0.25S")
			.containsEntry("failTrackersMatching", "x$");
		assertThat(insufficient.body()).containsEntry("insufficientBalance", true)
			.containsEntry("loseEveryNthAnswer", 3);
		assertThat(refused.code()).isEqualTo(-93);
		assertThat(reset.body()).containsEntry("loseEveryNthAnswer", 0)
			.containsEntry("delay", "PT0S")
			.containsEntry("failTrackersMatching", "")
			.containsEntry("insufficientBalance", false);
	}

	@Test
	void refusesABadKnobWithoutChangingAny() {
		SandboxClient.Answer badRegex = this.sandbox.postJson("control",
				Map.of("failTrackersMatching", "(", "failEveryNth5xx", 2));
		SandboxClient.Answer badNumber = this.sandbox.post("control", Map.of("failEveryNth5xx", "two"));

		assertThat(badRegex.status()).isEqualTo(400);
		assertThat(badNumber.status()).isEqualTo(400);
		assertThat(this.faults.describe()).containsEntry("failEveryNth5xx", 0);
	}

	@Test
	void logsEveryCheckoutCallWithItsAnswer() {
		String tracker = newTracker();
		this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);
		this.sandbox.checkout("checkout_withoutfee", tracker, 1_000_000);
		this.sandbox.checkout("checkout_withoutfee", tracker, 1);

		assertThat(this.sandbox.requests(tracker))
			.extracting((entry) -> entry.get("operation"), (entry) -> entry.get("outcome"),
					(entry) -> entry.get("code"))
			.containsExactly(tuple("checkout_withoutfee", "accepted", 200),
					tuple("checkout_withoutfee", "duplicate", -49), tuple("checkout_withoutfee", "refused", -30));
		assertThat(this.sandbox.requests(null)).hasSizeGreaterThanOrEqualTo(3);
	}

}
