package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.approval.*}: how an uploaded run is approved and then paid.
 *
 * @param fourEyes the manager who approves or rejects a run may not be who uploaded it
 * @param followFor how long an approved run's payouts are followed before it is reported
 * (like {@code run --wait}); what is still open is followed by {@code refresh}
 * @param outDir where result workbooks of runs whose folder is not known yet go
 * @param concurrentPayments how many approved runs are paid at once; they share the
 * provider's calls (its concurrency) round by round, so more runs at once means each is
 * paid more slowly, never that the provider is called more. Each run paid holds at most
 * one database connection at a time, which the connection pool is sized for
 * (docs/payments.md, "Paying big runs")
 */
@ConfigurationProperties("tasvieh.approval")
record RunSettings(@DefaultValue("true") boolean fourEyes, @DefaultValue("PT2M") Duration followFor,
		@DefaultValue("output") Path outDir, @DefaultValue("8") int concurrentPayments) {

	RunSettings {
		if (concurrentPayments < 1) {
			throw new IllegalArgumentException(
					"tasvieh.approval.concurrent-payments must be at least 1, was " + concurrentPayments);
		}
	}

	/**
	 * The keys of {@code tasvieh.upload.*} that decide how handed-in sheets are validated
	 * (SPEC 9.2); {@code max-size} and {@code dir} are the web's.
	 *
	 * @param concurrentValidations how many sheets are validated at once; the others wait
	 * their turn. By default half the cores (each validation keeps two busy: one parses
	 * the sheet while the other validates and stores its rows), at least one, and no more
	 * than one per 64 MB of heap
	 * @param answerWithin how long an upload waits for its sheet to be validated before
	 * it is answered with the run still {@code VALIDATING}
	 */
	@ConfigurationProperties("tasvieh.upload")
	record Uploads(Integer concurrentValidations, Duration answerWithin) {

		private static final long HEAP_PER_VALIDATION = 64L * 1024 * 1024;

		Uploads {
			if (concurrentValidations == null) {
				int halfTheCores = Runtime.getRuntime().availableProcessors() / 2;
				long heapAllows = Runtime.getRuntime().maxMemory() / HEAP_PER_VALIDATION;
				concurrentValidations = (int) Math.max(1, Math.min(halfTheCores, heapAllows));
			}
			answerWithin = (answerWithin != null) ? answerWithin : Duration.ofSeconds(30);
			if (concurrentValidations < 1) {
				throw new IllegalArgumentException("tasvieh.upload.concurrent-validations must be at least 1");
			}
			if (answerWithin.isNegative()) {
				throw new IllegalArgumentException("tasvieh.upload.answer-within must not be negative");
			}
		}

	}

}
