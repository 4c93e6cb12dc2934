package ir.tasvieh.provider.sandbox.nextpay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ir.tasvieh.provider.sandbox.UnclearInquiries;
import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.EveryNthCall;
import ir.tasvieh.provider.sandbox.SandboxSettings;

/**
 * The fault knobs in force now: they start from {@link SandboxSettings} and tests or
 * {@code POST /sandbox/control} change them while the app runs.
 */
@Component
@ConditionalOnSandbox
public class SandboxFaults {

	private final SandboxSettings.NextPay defaults;

	private final EveryNthCall checkoutCalls = new EveryNthCall();

	private volatile Duration delay;

	private volatile Pattern failTrackersMatching;

	private volatile boolean insufficientBalance;

	private volatile UnclearInquiries unclearInquiries = UnclearInquiries.NONE;

	private volatile Pattern returnTrackersMatching;

	SandboxFaults(SandboxSettings settings) {
		this.defaults = settings.nextpay();
		reset();
	}

	/** Back to the configured knobs, and the count of checkout calls starts again. */
	public synchronized void reset() {
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
	public void setReturnTrackersMatching(String regex) {
		this.returnTrackersMatching = (regex == null || regex.isEmpty()) ? null : Pattern.compile(regex);
	}

	/** Whether an inquiry, about a tracker held or not, is to be answered unclearly. */
	boolean unclearInquiry(boolean held) {
		UnclearInquiries unclear = this.unclearInquiries;
		return unclear == UnclearInquiries.ALL || (unclear == UnclearInquiries.UNKNOWN && !held);
	}

	public void setUnclearInquiries(UnclearInquiries unclearInquiries) {
		this.unclearInquiries = unclearInquiries;
	}

	/** Counts a checkout call and tells which fault, if any, it gets. */
	EveryNthCall.Fault nextCheckoutCall() {
		return this.checkoutCalls.next();
	}

	boolean failsTracker(String tracker) {
		Pattern pattern = this.failTrackersMatching;
		return pattern != null && tracker != null && pattern.matcher(tracker).find();
	}

	Duration delay() {
		return this.delay;
	}

	public void setDelay(Duration delay) {
		this.delay = (delay != null && !delay.isNegative()) ? delay : Duration.ZERO;
	}

	public void setFailEveryNth5xx(int nth) {
		this.checkoutCalls.setFailEveryNth5xx(nth);
	}

	public void setLoseEveryNthAnswer(int nth) {
		this.checkoutCalls.setLoseEveryNthAnswer(nth);
	}

	/**
	 * @param regex searched for in each new payout's tracker; empty or {@code null} for
	 * none
	 * @throws java.util.regex.PatternSyntaxException when the regex is invalid
	 */
	public void setFailTrackersMatching(String regex) {
		this.failTrackersMatching = (regex == null || regex.isEmpty()) ? null : Pattern.compile(regex);
	}

	boolean insufficientBalance() {
		return this.insufficientBalance;
	}

	public void setInsufficientBalance(boolean insufficientBalance) {
		this.insufficientBalance = insufficientBalance;
	}

	public Map<String, Object> describe() {
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
