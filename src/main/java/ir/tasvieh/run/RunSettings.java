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
record RunSettings(@DefaultValue("true") boolean fourEyes,
		@DefaultValue(RunRequest.DEFAULT_FOLLOW_FOR) Duration followFor,
		@DefaultValue(RunRequest.DEFAULT_OUT_DIR) Path outDir, @DefaultValue("8") int concurrentPayments) {

	RunSettings {
		if (concurrentPayments < 1) {
			throw new IllegalArgumentException(
					"tasvieh.approval.concurrent-payments must be at least 1, was " + concurrentPayments);
		}
	}

}
