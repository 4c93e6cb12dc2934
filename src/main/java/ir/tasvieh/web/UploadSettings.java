package ir.tasvieh.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code tasvieh.upload.*}: the largest sheet accepted ({@code max-size}, 50MB) and the
 * folder uploaded sheets are kept in ({@code dir}, {@code data/uploads}).
 *
 * @param maxSize the largest sheet the upload page and the API accept
 * @param dir the folder uploaded sheets are kept in
 */
@ConfigurationProperties("tasvieh.upload")
record UploadSettings(DataSize maxSize, Path dir) {

	UploadSettings {
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(50);
		dir = (dir != null) ? dir : Path.of("data", "uploads");
		if (maxSize.toBytes() < 1) {
			throw new IllegalArgumentException("tasvieh.upload.max-size must be positive");
		}
	}

}
