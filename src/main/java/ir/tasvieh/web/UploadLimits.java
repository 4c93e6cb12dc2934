package ir.tasvieh.web;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import ir.tasvieh.run.UploadSettings;

/**
 * Applies {@code tasvieh.upload.max-size} to the servlet container's multipart parsing,
 * so an oversized upload is cut off while it arrives rather than after it was stored.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

	/** Room for the form fields and part headers that come with the file. */
	private static final long FORM_OVERHEAD = DataSize.ofKilobytes(64).toBytes();

	/** Uploads up to this size stay in memory; larger ones go to a temporary file. */
	private static final int IN_MEMORY = (int) DataSize.ofMegabytes(1).toBytes();

	@Bean
	MultipartConfigElement multipartConfigElement(UploadSettings settings) {
		long max = settings.maxSize().toBytes();
		return new MultipartConfigElement("", max, max + FORM_OVERHEAD, (int) Math.min(IN_MEMORY, max));
	}

}
