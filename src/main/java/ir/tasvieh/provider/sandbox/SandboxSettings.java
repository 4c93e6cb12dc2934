package ir.tasvieh.provider.sandbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.sandbox}: whether the sandbox is served and how the NextPay and Vandar
 * stand-ins behave, including the fault knobs they start with ({@code SandboxFaults} and
 * {@code VandarFaults} may change them at runtime).
 *
 * @param enabled {@code null} when unset: then the sandbox is on exactly when no NextPay
 * or Vandar credentials are set
 */
@ConfigurationProperties("tasvieh.sandbox")
public record SandboxSettings(Boolean enabled, NextPay nextpay, Vandar vandar) {

	public SandboxSettings {
		nextpay = (nextpay != null) ? nextpay : new NextPay(null, null, null, null, null, null, null, null, null);
		vandar = (vandar != null) ? vandar
				: new Vandar(null, null, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * @param initialBalanceIrr the wallet's balance when the sandbox is first used
	 * @param feeIrr the PAYA fee of one payout
	 * @param queueTime how long a payout stays {@code InQueue} after it is accepted
	 * @param settleTime how long after acceptance a payout ends {@code Completed} (or
	 * {@code Failed})
	 * @param delay how long every checkout answer is held back
	 * @param failEveryNth5xx every Nth checkout call answers HTTP 500 without taking the
	 * payout (0 = never)
	 * @param loseEveryNthAnswer every Nth checkout call takes the payout, then answers
	 * HTTP 500 as if the answer was lost (0 = never)
	 * @param failTrackersMatching a regex: payouts whose tracker matches end
	 * {@code Failed} (empty = none)
	 * @param insufficientBalance refuse every checkout for lack of balance
	 */
	public record NextPay(Long initialBalanceIrr, Long feeIrr, Duration queueTime, Duration settleTime, Duration delay,
			Integer failEveryNth5xx, Integer loseEveryNthAnswer, String failTrackersMatching,
			Boolean insufficientBalance) {

		public NextPay {
			initialBalanceIrr = (initialBalanceIrr != null) ? initialBalanceIrr : 100_000_000_000L;
			feeIrr = (feeIrr != null) ? feeIrr : 5_000L;
			queueTime = (queueTime != null) ? queueTime : Duration.ofSeconds(1);
			settleTime = (settleTime != null) ? settleTime : Duration.ofSeconds(3);
			delay = (delay != null) ? delay : Duration.ZERO;
			failEveryNth5xx = (failEveryNth5xx != null) ? failEveryNth5xx : 0;
			loseEveryNthAnswer = (loseEveryNthAnswer != null) ? loseEveryNthAnswer : 0;
			failTrackersMatching = (failTrackersMatching != null) ? failTrackersMatching : "";
			insufficientBalance = (insufficientBalance != null) ? insufficientBalance : false;
		}

	}

	/**
	 * @param initialBalanceIrr the wallet's balance when the sandbox is first used
	 * @param feeIrr the wage taken from the wallet for each accepted settlement, besides
	 * its amount
	 * @param accessTokenTtl how long an access token works after it is issued (the first
	 * one: after its first use)
	 * @param queueTime how long a batch item stays {@code INIT} after it is accepted
	 * @param settleTime how long after acceptance a settlement ends {@code DONE} (or
	 * {@code FAILED})
	 * @param delay how long every batch-create answer is held back
	 * @param failEveryNth5xx every Nth batch-create call answers HTTP 500 without taking
	 * the batch (0 = never)
	 * @param loseEveryNthAnswer every Nth batch-create call takes the batch, then answers
	 * HTTP 500 as if the answer was lost (0 = never)
	 * @param failTrackersMatching a regex: items whose track_id matches end
	 * {@code FAILED} with an {@code error_message} (empty = none)
	 * @param failSettlementsMatching a regex: items whose track_id matches are
	 * {@code SUBMITTED} but their settlement ends {@code FAILED} (empty = none)
	 * @param insufficientBalance refuse every batch for lack of balance
	 */
	public record Vandar(Long initialBalanceIrr, Long feeIrr, Duration accessTokenTtl, Duration queueTime,
			Duration settleTime, Duration delay, Integer failEveryNth5xx, Integer loseEveryNthAnswer,
			String failTrackersMatching, String failSettlementsMatching, Boolean insufficientBalance) {

		public Vandar {
			initialBalanceIrr = (initialBalanceIrr != null) ? initialBalanceIrr : 100_000_000_000L;
			feeIrr = (feeIrr != null) ? feeIrr : 2_000L;
			accessTokenTtl = (accessTokenTtl != null) ? accessTokenTtl : Duration.ofMinutes(10);
			queueTime = (queueTime != null) ? queueTime : Duration.ofSeconds(1);
			settleTime = (settleTime != null) ? settleTime : Duration.ofSeconds(3);
			delay = (delay != null) ? delay : Duration.ZERO;
			failEveryNth5xx = (failEveryNth5xx != null) ? failEveryNth5xx : 0;
			loseEveryNthAnswer = (loseEveryNthAnswer != null) ? loseEveryNthAnswer : 0;
			failTrackersMatching = (failTrackersMatching != null) ? failTrackersMatching : "";
			failSettlementsMatching = (failSettlementsMatching != null) ? failSettlementsMatching : "";
			insufficientBalance = (insufficientBalance != null) ? insufficientBalance : false;
		}

	}

}
