package ir.tasvieh.provider;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Times every HTTP call to a provider as {@code tasvieh.provider.calls}, tagged with the
 * provider, the endpoint (the provider's operation, e.g. {@code checkout_withoutfee} or
 * {@code batches-settlement}) and the outcome of the call itself (docs/operations.md):
 * {@code SUCCESS} (2xx), {@code CLIENT_ERROR} (4xx), {@code SERVER_ERROR} (5xx),
 * {@code REDIRECTION}, or {@code UNKNOWN} when no answer came (timeout, refused
 * connection). What the answer meant for each payout is counted by the ledger.
 */
@Component
public class ProviderCalls {

	static final String NAME = "tasvieh.provider.calls";

	private final MeterRegistry registry;

	public ProviderCalls(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Times nothing: for clients built outside the application (tests). */
	public static ProviderCalls none() {
		return new ProviderCalls(new CompositeMeterRegistry());
	}

	/** A call starts now. */
	public Timer.Sample start() {
		return Timer.start(this.registry);
	}

	/**
	 * The call started with {@code sample} has ended.
	 * @param httpStatus the answer's status, or {@code null} when none came
	 */
	public void ended(Timer.Sample sample, ProviderName provider, String endpoint, Integer httpStatus) {
		sample.stop(Timer.builder(NAME)
			.description("HTTP calls to a payout provider")
			.tag("provider", provider.id())
			.tag("endpoint", endpoint)
			.tag("outcome", outcome(httpStatus))
			// A call takes from milliseconds (the sandbox) to the read timeout (30 s).
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(5))
			.maximumExpectedValue(Duration.ofSeconds(60))
			.register(this.registry));
	}

	static String outcome(Integer httpStatus) {
		if (httpStatus == null) {
			return "UNKNOWN";
		}
		return switch (httpStatus / 100) {
			case 2 -> "SUCCESS";
			case 3 -> "REDIRECTION";
			case 4 -> "CLIENT_ERROR";
			case 5 -> "SERVER_ERROR";
			default -> "UNKNOWN";
		};
	}

}
