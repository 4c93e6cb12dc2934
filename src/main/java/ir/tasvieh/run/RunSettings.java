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
 */
@ConfigurationProperties("tasvieh.approval")
record RunSettings(@DefaultValue("true") boolean fourEyes, @DefaultValue("PT2M") Duration followFor,
		@DefaultValue("output") Path outDir) {

}
