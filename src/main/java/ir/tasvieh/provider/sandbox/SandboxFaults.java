package ir.tasvieh.provider.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The fault knobs in force now: they start from {@link SandboxSettings} and tests or
 * {@code POST /sandbox/control} change them while the app runs.
 */
@Component
@ConditionalOnSandbox
class SandboxFaults {

	/** What a checkout call is to suffer, decided when it arrives. */
	enum Fault {

		/** Answered normally. */
		NONE,
		/** HTTP 500 before anything is taken. */
		SERVER_ERROR,
		/** Taken as usual, then HTTP 500 instead of the answer. */
		ANSWER_LOST

	}

	private final SandboxSettings.NextPay defaults;

	private final EveryNthCall checkoutCalls = new EveryNthCall();

	private volatile Duration delay;

	private volatile Pattern failTrackersMatching;

	private volatile boolean insufficientBalance;

	SandboxFaults(SandboxSettings settings) {
		this.defaults = settings.nextpay();
		reset();
	}

	/** Back to the configured knobs, and the count of checkout calls starts again. */
	synchronized void reset() {
		this.delay = this.defaults.delay();
		this.checkoutCalls.reset(this.defaults.failEveryNth5xx(), this.defaults.loseEveryNthAnswer());
		setFailTrackersMatching(this.defaults.failTrackersMatching());
		this.insufficientBalance = this.defaults.insufficientBalance();
	}

	/** Counts a checkout call and tells which fault, if any, it gets. */
	Fault nextCheckoutCall() {
		return this.checkoutCalls.next();
	}

	boolean failsTracker(String tracker) {
		Pattern pattern = this.failTrackersMatching;
		return pattern != null && tracker != null && pattern.matcher(tracker).find();
	}

	Duration delay() {
		return this.delay;
	}

	void setDelay(Duration delay) {
		this.delay = (delay != null && !delay.isNegative()) ? delay : Duration.ZERO;
	}

	void setFailEveryNth5xx(int nth) {
		this.checkoutCalls.setFailEveryNth5xx(nth);
	}

	void setLoseEveryNthAnswer(int nth) {
		this.checkoutCalls.setLoseEveryNthAnswer(nth);
	}

	/**
	 * @param regex searched for in each new payout's tracker; empty or {@code null} for
	 * none
	 * @throws java.util.regex.PatternSyntaxException when the regex is invalid
	 */
	void setFailTrackersMatching(String regex) {
		this.failTrackersMatching = (regex == null || regex.isEmpty()) ? null : Pattern.compile(regex);
	}

	boolean insufficientBalance() {
		return this.insufficientBalance;
	}

	void setInsufficientBalance(boolean insufficientBalance) {
		this.insufficientBalance = insufficientBalance;
	}

	Map<String, Object> describe() {
		Pattern pattern = this.failTrackersMatching;
		Map<String, Object> knobs = new LinkedHashMap<>();
		knobs.put("delay", this.delay.toString());
		knobs.put("failEveryNth5xx", this.checkoutCalls.failEveryNth5xx());
		knobs.put("loseEveryNthAnswer", this.checkoutCalls.loseEveryNthAnswer());
		knobs.put("failTrackersMatching", (pattern != null) ? pattern.pattern() : "");
		knobs.put("insufficientBalance", this.insufficientBalance);
		knobs.put("checkoutCalls", this.checkoutCalls.calls());
		return knobs;
	}

}
