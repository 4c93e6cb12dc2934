package ir.tasvieh.provider.sandbox;

import java.time.Duration;
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
 * configured value; the other keys given then set their knob. Every answer is the knobs
 * now in force.
 */
@RestController
@ConditionalOnSandbox
@RequestMapping("/sandbox/control")
class SandboxControlController {

	private final SandboxFaults faults;

	SandboxControlController(SandboxFaults faults) {
		this.faults = faults;
	}

	@GetMapping
	Map<String, Object> knobs() {
		return this.faults.describe();
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
				apply(knobs);
			}
		}
		catch (IllegalArgumentException ex) {
			// Covers a bad number, a bad duration and a bad regex alike.
			String detail = (ex instanceof PatternSyntaxException) ? "invalid regex: " + ex.getMessage()
					: ex.getMessage();
			return ResponseEntity.badRequest().body(Map.of("error", String.valueOf(detail)));
		}
		return ResponseEntity.ok(this.faults.describe());
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
	}

	/** {@code 500ms}, {@code 2s}, {@code PT1S}, or a bare number of milliseconds. */
	private static Duration duration(String text) {
		return DurationStyle.detectAndParse(text.trim());
	}

}
