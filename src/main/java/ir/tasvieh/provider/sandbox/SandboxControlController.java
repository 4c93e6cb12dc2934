package ir.tasvieh.provider.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sandbox/control}: reads and turns the fault knobs from another process (a test,
 * a demo script). A POST with {@code reset=true} first puts every knob back to its
 * configured value; the other keys given then set their knob ({@code vandar*} keys turn
 * Vandar's, and {@code vandarExpireTokensNow=true} expires Vandar's access token at
 * once). {@code unclearInquiries} ({@code none}, {@code unknown}: trackers it does not
 * hold, {@code all}) answers NextPay status inquiries with neither "I have it" nor "I do
 * not know it", so lost payouts stay in doubt; {@code vandarUnclearInquiries} does the
 * same for questions about Vandar batches. {@code returnTrackersMatching} (a regex) has
 * NextPay report completed payouts whose tracker matches as returned by the bank. Every
 * answer is the knobs now in force.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/control")
class SandboxControlController {

	private final SandboxFaults faults;

	private final VandarFaults vandarFaults;

	private final VandarTokens vandarTokens;

	private final CallsInFlight inFlight;

	SandboxControlController(SandboxFaults faults, VandarFaults vandarFaults, VandarTokens vandarTokens,
			CallsInFlight inFlight) {
		this.inFlight = inFlight;
		this.faults = faults;
		this.vandarFaults = vandarFaults;
		this.vandarTokens = vandarTokens;
	}

	@GetMapping
	Map<String, Object> knobs() {
		Map<String, Object> knobs = new LinkedHashMap<>(this.faults.describe());
		knobs.putAll(this.vandarFaults.describe());
		knobs.put("nextpayMostCallsInFlight", this.inFlight.most());
		return knobs;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> controlJson(@RequestBody Map<String, Object> knobs) {
		return control(NextPayForm.of(knobs));
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> controlForm(@RequestParam Map<String, String> knobs) {
		return control(new NextPayForm(knobs));
	}

	private ResponseEntity<Map<String, Object>> control(NextPayForm knobs) {
		try {
			synchronized (this.faults) {
				Runnable vandar = vandar(knobs);
				apply(knobs);
				vandar.run();
			}
		}
		catch (IllegalArgumentException ex) {
			// Covers a bad number, a bad duration and a bad regex alike.
			String detail = (ex instanceof PatternSyntaxException) ? "invalid regex: " + ex.getMessage()
					: ex.getMessage();
			return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(detail)));
		}
		return ResponseEntity.ok(knobs());
	}

	/**
	 * Reads every Vandar knob given; what it returns sets them, once NextPay's were read
	 * too.
	 */
	private Runnable vandar(NextPayForm knobs) {
		Duration delay = knobs.has("vandarDelay") ? duration(knobs.get("vandarDelay")) : null;
		Integer failEveryNth5xx = knobs.has("vandarFailEveryNth5xx")
				? Integer.parseInt(knobs.get("vandarFailEveryNth5xx")) : null;
		Integer loseEveryNthAnswer = knobs.has("vandarLoseEveryNthAnswer")
				? Integer.parseInt(knobs.get("vandarLoseEveryNthAnswer")) : null;
		String failTrackers = regex(knobs, "vandarFailTrackersMatching");
		String failSettlements = regex(knobs, "vandarFailSettlementsMatching");
		Boolean insufficientBalance = knobs.has("vandarInsufficientBalance")
				? Boolean.parseBoolean(knobs.get("vandarInsufficientBalance")) : null;
		SandboxFaults.UnclearInquiries unclearInquiries = knobs.has("vandarUnclearInquiries")
				? SandboxFaults.UnclearInquiries.of(knobs.get("vandarUnclearInquiries")) : null;
		boolean expireTokens = Boolean.parseBoolean(knobs.get("vandarExpireTokensNow"));
		boolean reset = Boolean.parseBoolean(knobs.get("reset"));
		return () -> {
			if (reset) {
				this.vandarFaults.reset();
				this.inFlight.reset();
			}
			if (delay != null) {
				this.vandarFaults.setDelay(delay);
			}
			if (failEveryNth5xx != null) {
				this.vandarFaults.setFailEveryNth5xx(failEveryNth5xx);
			}
			if (loseEveryNthAnswer != null) {
				this.vandarFaults.setLoseEveryNthAnswer(loseEveryNthAnswer);
			}
			if (failTrackers != null) {
				this.vandarFaults.setFailTrackersMatching(failTrackers);
			}
			if (failSettlements != null) {
				this.vandarFaults.setFailSettlementsMatching(failSettlements);
			}
			if (insufficientBalance != null) {
				this.vandarFaults.setInsufficientBalance(insufficientBalance);
			}
			if (unclearInquiries != null) {
				this.vandarFaults.setUnclearInquiries(unclearInquiries);
			}
			if (expireTokens) {
				this.vandarTokens.expireAccessTokenNow();
			}
		};
	}

	private static String regex(NextPayForm knobs, String name) {
		return knobs.present(name) ? Pattern.compile(String.valueOf(knobs.fields().get(name))).pattern() : null;
	}

	/** Reads every knob given before setting any, so a bad one changes nothing. */
	private void apply(NextPayForm knobs) {
		Duration delay = knobs.has("delay") ? duration(knobs.get("delay")) : null;
		Integer failEveryNth5xx = knobs.has("failEveryNth5xx") ? Integer.parseInt(knobs.get("failEveryNth5xx")) : null;
		Integer loseEveryNthAnswer = knobs.has("loseEveryNthAnswer") ? Integer.parseInt(knobs.get("loseEveryNthAnswer"))
				: null;
		String failTrackersMatching = knobs.present("failTrackersMatching")
				? Pattern.compile(String.valueOf(knobs.fields().get("failTrackersMatching"))).pattern() : null;
		Boolean insufficientBalance = knobs.has("insufficientBalance")
				? Boolean.parseBoolean(knobs.get("insufficientBalance")) : null;
		SandboxFaults.UnclearInquiries unclearInquiries = knobs.has("unclearInquiries")
				? SandboxFaults.UnclearInquiries.of(knobs.get("unclearInquiries")) : null;
		String returnTrackers = regex(knobs, "returnTrackersMatching");
		if (Boolean.parseBoolean(knobs.get("reset"))) {
			this.faults.reset();
		}
		if (delay != null) {
			this.faults.setDelay(delay);
		}
		if (failEveryNth5xx != null) {
			this.faults.setFailEveryNth5xx(failEveryNth5xx);
		}
		if (loseEveryNthAnswer != null) {
			this.faults.setLoseEveryNthAnswer(loseEveryNthAnswer);
		}
		if (failTrackersMatching != null) {
			this.faults.setFailTrackersMatching(failTrackersMatching);
		}
		if (insufficientBalance != null) {
			this.faults.setInsufficientBalance(insufficientBalance);
		}
		if (unclearInquiries != null) {
			this.faults.setUnclearInquiries(unclearInquiries);
		}
		if (returnTrackers != null) {
			this.faults.setReturnTrackersMatching(returnTrackers);
		}
	}

	/** {@code 500ms}, {@code 2s}, {@code PT1S}, or a bare number of milliseconds. */
	private static Duration duration(String text) {
		return DurationStyle.detectAndParse(text.trim());
	}

}
