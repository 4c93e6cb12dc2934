package ir.tasvieh.run;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tasvieh.upload.*}: how a sheet handed in on the web or the API is taken in and
 * validated (SPEC 9.2). Bound here once: the validation queue is this module's, and the
 * web, which may read {@code run} but not the other way round, takes {@code max-size} and
 * {@code dir} from it.
 *
 * @param maxSize the largest sheet the upload page and the API accept
 * @param dir the folder uploaded sheets are kept in
 * @param concurrentValidations how many sheets are validated at once; the others wait
 * their turn. By default half the cores (each validation keeps two busy: one parses the
 * sheet while the other validates and stores its rows), at least one, and no more than
 * one per 64 MB of heap
 * @param answerWithin how long an upload waits for its sheet to be validated before it is
 * answered with the run still {@code VALIDATING}
 */
@ConfigurationProperties("tasvieh.upload")
public record UploadSettings(DataSize maxSize, Path dir, Integer concurrentValidations, Duration answerWithin) {

	private static final long HEAP_PER_VALIDATION = 64L * 1024 * 1024;

	public UploadSettings {
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(50);
		dir = (dir != null) ? dir : Path.of("data", "uploads");
		if (concurrentValidations == null) {
			int halfTheCores = Runtime.getRuntime().availableProcessors() / 2;
			long heapAllows = Runtime.getRuntime().maxMemory() / HEAP_PER_VALIDATION;
			concurrentValidations = (int) Math.max(1, Math.min(halfTheCores, heapAllows));
		}
		answerWithin = (answerWithin != null) ? answerWithin : Duration.ofSeconds(30);
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("tasvieh.upload.max-size must be positive");
		}
		if (concurrentValidations < 1) {
			throw new IllegalArgumentException("tasvieh.upload.concurrent-validations must be at least 1");
		}
		if (answerWithin.isNegative()) {
			throw new IllegalArgumentException("tasvieh.upload.answer-within must not be negative");
		}
	}

}
