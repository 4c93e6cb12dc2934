package ir.tasvieh.provider.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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

	private final EveryNthCall batchCalls = new EveryNthCall();

	private volatile Duration delay;

	private volatile Pattern failTrackersMatching;

	private volatile Pattern failSettlementsMatching;

	private volatile boolean insufficientBalance;

	private volatile SandboxFaults.UnclearInquiries unclearInquiries = SandboxFaults.UnclearInquiries.NONE;

	VandarFaults(SandboxSettings settings) {
		this.defaults = settings.vandar();
		reset();
	}

	/** Back to the configured knobs, and the count of batch-create calls starts again. */
	synchronized void reset() {
		this.delay = this.defaults.delay();
		this.batchCalls.reset(this.defaults.failEveryNth5xx(), this.defaults.loseEveryNthAnswer());
		setFailTrackersMatching(this.defaults.failTrackersMatching());
		setFailSettlementsMatching(this.defaults.failSettlementsMatching());
		this.insufficientBalance = this.defaults.insufficientBalance();
		this.unclearInquiries = SandboxFaults.UnclearInquiries.NONE;
	}

	/**
	 * Whether a question about a batch, held or not, is to be answered unclearly (HTTP
	 * 500, neither its items nor "no such batch"), so that a batch whose create call was
	 * lost stays in doubt for a demo or a test of a person's decision (docs/SPEC.md
	 * section 6.1).
	 */
	boolean unclearInquiry(boolean held) {
		SandboxFaults.UnclearInquiries unclear = this.unclearInquiries;
		return unclear == SandboxFaults.UnclearInquiries.ALL
				|| (unclear == SandboxFaults.UnclearInquiries.UNKNOWN && !held);
	}

	void setUnclearInquiries(SandboxFaults.UnclearInquiries unclearInquiries) {
		this.unclearInquiries = unclearInquiries;
	}

	/** Counts a batch-create call and tells which fault, if any, it gets. */
	SandboxFaults.Fault nextBatchCall() {
		return this.batchCalls.next();
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
		this.batchCalls.setFailEveryNth5xx(nth);
	}

	void setLoseEveryNthAnswer(int nth) {
		this.batchCalls.setLoseEveryNthAnswer(nth);
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
		knobs.put("vandarFailEveryNth5xx", this.batchCalls.failEveryNth5xx());
		knobs.put("vandarLoseEveryNthAnswer", this.batchCalls.loseEveryNthAnswer());
		knobs.put("vandarFailTrackersMatching", text(this.failTrackersMatching));
		knobs.put("vandarFailSettlementsMatching", text(this.failSettlementsMatching));
		knobs.put("vandarInsufficientBalance", this.insufficientBalance);
		knobs.put("vandarUnclearInquiries", this.unclearInquiries.name().toLowerCase(Locale.ROOT));
		knobs.put("vandarBatchCalls", this.batchCalls.calls());
		return knobs;
	}

	private static String text(Pattern pattern) {
		return (pattern != null) ? pattern.pattern() : "";
	}

}
