package ir.tasvieh.provider.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
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

	private volatile UnclearInquiries unclearInquiries = UnclearInquiries.NONE;

	private volatile Pattern returnTrackersMatching;

	/**
	 * Which status inquiries are answered unclearly (neither "I have it" nor "I do not
	 * know it"), so that a payout whose call was lost stays in doubt for a demo or a test
	 * of a person's decision (docs/SPEC.md section 6.1).
	 */
	enum UnclearInquiries {

		/** Every inquiry is answered as usual. */
		NONE,
		/** An inquiry about a tracker the sandbox does not hold. */
		UNKNOWN,
		/** Every inquiry. */
		ALL;

		static UnclearInquiries of(String text) {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}

	}

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
		this.unclearInquiries = UnclearInquiries.NONE;
		this.returnTrackersMatching = null;
	}

	/**
	 * Whether a completed payout is reported returned by the destination bank, so that a
	 * demo or a test can show a paid row becoming REVERSED (docs/SPEC.md section 9.6).
	 */
	boolean returnsTracker(String tracker) {
		Pattern pattern = this.returnTrackersMatching;
		return pattern != null && tracker != null && pattern.matcher(tracker).find();
	}

	/**
	 * @param regex searched for in the tracker of each completed payout asked about;
	 * empty or {@code null} for none
	 */
	void setReturnTrackersMatching(String regex) {
		this.returnTrackersMatching = (regex == null || regex.isEmpty()) ? null : Pattern.compile(regex);
	}

	/** Whether an inquiry, about a tracker held or not, is to be answered unclearly. */
	boolean unclearInquiry(boolean held) {
		UnclearInquiries unclear = this.unclearInquiries;
		return unclear == UnclearInquiries.ALL || (unclear == UnclearInquiries.UNKNOWN && !held);
	}

	void setUnclearInquiries(UnclearInquiries unclearInquiries) {
		this.unclearInquiries = unclearInquiries;
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
		Pattern returns = this.returnTrackersMatching;
		knobs.put("returnTrackersMatching", (returns != null) ? returns.pattern() : "");
		knobs.put("unclearInquiries", this.unclearInquiries.name().toLowerCase(Locale.ROOT));
		knobs.put("checkoutCalls", this.checkoutCalls.calls());
		return knobs;
	}

}
