package ir.tasvieh.provider.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Vandar's fault knobs in force now, kept apart from NextPay's {@link SandboxFaults} so
 * that each counts its own calls: they start from {@link SandboxSettings.Vandar} and
 * tests or {@code POST /sandbox/control} ({@code vandar*} keys) change them while the app
 * runs.
 */
@Component
@ConditionalOnSandbox
class VandarFaults {

	private final SandboxSettings.Vandar defaults;

	private final AtomicLong batchCalls = new AtomicLong();

	private volatile Duration delay;

	private volatile int failEveryNth5xx;

	private volatile int loseEveryNthAnswer;

	private volatile Pattern failTrackersMatching;

	private volatile Pattern failSettlementsMatching;

	private volatile boolean insufficientBalance;

	VandarFaults(SandboxSettings settings) {
		this.defaults = settings.vandar();
		reset();
	}

	/** Back to the configured knobs, and the count of batch-create calls starts again. */
	synchronized void reset() {
		this.delay = this.defaults.delay();
		this.failEveryNth5xx = this.defaults.failEveryNth5xx();
		this.loseEveryNthAnswer = this.defaults.loseEveryNthAnswer();
		setFailTrackersMatching(this.defaults.failTrackersMatching());
		setFailSettlementsMatching(this.defaults.failSettlementsMatching());
		this.insufficientBalance = this.defaults.insufficientBalance();
		this.batchCalls.set(0);
	}

	/** Counts a batch-create call and tells which fault, if any, it gets. */
	SandboxFaults.Fault nextBatchCall() {
		long call = this.batchCalls.incrementAndGet();
		int serverError = this.failEveryNth5xx;
		int lose = this.loseEveryNthAnswer;
		if (serverError > 0 && call % serverError == 0) {
			return SandboxFaults.Fault.SERVER_ERROR;
		}
		if (lose > 0 && call % lose == 0) {
			return SandboxFaults.Fault.ANSWER_LOST;
		}
		return SandboxFaults.Fault.NONE;
	}

	boolean failsTracker(String trackId) {
		return matches(this.failTrackersMatching, trackId);
	}

	boolean failsSettlement(String trackId) {
		return matches(this.failSettlementsMatching, trackId);
	}

	private static boolean matches(Pattern pattern, String trackId) {
		return pattern != null && trackId != null && pattern.matcher(trackId).find();
	}

	Duration delay() {
		return this.delay;
	}

	void setDelay(Duration delay) {
		this.delay = (delay != null && !delay.isNegative()) ? delay : Duration.ZERO;
	}

	void setFailEveryNth5xx(int nth) {
		this.failEveryNth5xx = Math.max(0, nth);
		this.batchCalls.set(0);
	}

	void setLoseEveryNthAnswer(int nth) {
		this.loseEveryNthAnswer = Math.max(0, nth);
		this.batchCalls.set(0);
	}

	/**
	 * @param regex searched for in each new item's track_id; empty or {@code null} for
	 * none
	 * @throws java.util.regex.PatternSyntaxException when the regex is invalid
	 */
	void setFailTrackersMatching(String regex) {
		this.failTrackersMatching = compile(regex);
	}

	/**
	 * @param regex searched for in each new item's track_id; empty or {@code null} for
	 * none
	 * @throws java.util.regex.PatternSyntaxException when the regex is invalid
	 */
	void setFailSettlementsMatching(String regex) {
		this.failSettlementsMatching = compile(regex);
	}

	private static Pattern compile(String regex) {
		return (regex == null || regex.isEmpty()) ? null : Pattern.compile(regex);
	}

	boolean insufficientBalance() {
		return this.insufficientBalance;
	}

	void setInsufficientBalance(boolean insufficientBalance) {
		this.insufficientBalance = insufficientBalance;
	}

	Map<String, Object> describe() {
		Map<String, Object> knobs = new LinkedHashMap<>();
		knobs.put("vandarDelay", this.delay.toString());
		knobs.put("vandarFailEveryNth5xx", this.failEveryNth5xx);
		knobs.put("vandarLoseEveryNthAnswer", this.loseEveryNthAnswer);
		knobs.put("vandarFailTrackersMatching", text(this.failTrackersMatching));
		knobs.put("vandarFailSettlementsMatching", text(this.failSettlementsMatching));
		knobs.put("vandarInsufficientBalance", this.insufficientBalance);
		knobs.put("vandarBatchCalls", this.batchCalls.get());
		return knobs;
	}

	private static String text(Pattern pattern) {
		return (pattern != null) ? pattern.pattern() : "";
	}

}
