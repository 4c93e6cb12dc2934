package ir.tasvieh.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import ir.tasvieh.sheet.PayoutTemplates;

/**
 * The blank payout sheets finance fills in, in Persian or English, as {@code .xlsx} or
 * {@code .csv} (the same files {@code template} writes).
 */
@Controller
class TemplateDownloads {

	private static final Set<String> LANGUAGES = Set.of("fa", "en");

	private static final Set<String> FORMATS = Set.of("xlsx", "csv");

	@GetMapping("/templates/{lang}/{format}")
	ResponseEntity<byte[]> template(@PathVariable String lang, @PathVariable String format) {
		if (!LANGUAGES.contains(lang) || !FORMATS.contains(format)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		// A blank template is a few kilobytes: written to memory, sent with its length.
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PayoutTemplates.write(lang, format, out);
		MediaType type = "xlsx".equals(format) ? RunPages.XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(PayoutTemplates.fileName(lang, format)).build().toString())
			.body(out.toByteArray());
	}

}
