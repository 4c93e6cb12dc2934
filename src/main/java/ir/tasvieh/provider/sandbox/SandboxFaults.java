package ir.tasvieh.provider.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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

	private final AtomicLong checkoutCalls = new AtomicLong();

	private volatile Duration delay;

	private volatile int failEveryNth5xx;

	private volatile int loseEveryNthAnswer;

	private volatile Pattern failTrackersMatching;

	private volatile boolean insufficientBalance;

	SandboxFaults(SandboxSettings settings) {
		this.defaults = settings.nextpay();
		reset();
	}

	/** Back to the configured knobs, and the count of checkout calls starts again. */
	synchronized void reset() {
		this.delay = this.defaults.delay();
		this.failEveryNth5xx = this.defaults.failEveryNth5xx();
		this.loseEveryNthAnswer = this.defaults.loseEveryNthAnswer();
		setFailTrackersMatching(this.defaults.failTrackersMatching());
		this.insufficientBalance = this.defaults.insufficientBalance();
		this.checkoutCalls.set(0);
	}

	/** Counts a checkout call and tells which fault, if any, it gets. */
	Fault nextCheckoutCall() {
		long call = this.checkoutCalls.incrementAndGet();
		int serverError = this.failEveryNth5xx;
		int lose = this.loseEveryNthAnswer;
		if (serverError > 0 && call % serverError == 0) {
			return Fault.SERVER_ERROR;
		}
		if (lose > 0 && call % lose == 0) {
			return Fault.ANSWER_LOST;
		}
		return Fault.NONE;
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
		this.failEveryNth5xx = Math.max(0, nth);
		this.checkoutCalls.set(0);
	}

	void setLoseEveryNthAnswer(int nth) {
		this.loseEveryNthAnswer = Math.max(0, nth);
		this.checkoutCalls.set(0);
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
		knobs.put("failEveryNth5xx", this.failEveryNth5xx);
		knobs.put("loseEveryNthAnswer", this.loseEveryNthAnswer);
		knobs.put("failTrackersMatching", (pattern != null) ? pattern.pattern() : "");
		knobs.put("insufficientBalance", this.insufficientBalance);
		knobs.put("checkoutCalls", this.checkoutCalls.get());
		return knobs;
	}

}
