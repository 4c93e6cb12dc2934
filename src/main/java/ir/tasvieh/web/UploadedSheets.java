package ir.tasvieh.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import ir.tasvieh.run.UploadSettings;
import ir.tasvieh.run.WritableFolders;
import ir.tasvieh.sheet.MessageText;

/**
 * Keeps uploaded sheets under {@code tasvieh.upload.dir}, each under a name of its own
 * that no client can steer (a timestamp and a random part, then the original base name
 * reduced to safe characters), so an upload can never overwrite another file or leave its
 * folder.
 */
@Component
class UploadedSheets {

	static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "csv");

	private static final int MAX_BASE_NAME = 80;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final UploadSettings settings;

	private final WebSettings web;

	UploadedSheets(UploadSettings settings, WebSettings web) {
		this.settings = settings;
		this.web = web;
		WritableFolders.require("tasvieh.upload.dir", settings.dir());
		WritableFolders.require("tasvieh.web.out-dir", web.outDir());
	}

	/**
	 * Saves an upload and returns where it is.
	 * @throws UploadRefused when it is empty, too large, or not .xlsx, .xls or .csv
	 */
	Path store(MultipartFile file) {
		String original = originalName(file);
		String extension = extension(original);
		if (file == null || file.isEmpty()) {
			throw new UploadRefused("EMPTY_FILE",
					"فایل " + MessageText.quote(original) + " خالی است؛ یک فایل پرداخت پر شده بفرستید.",
					"The file '" + original + "' is empty; send a filled-in payout sheet.");
		}
		if (!EXTENSIONS.contains(extension)) {
			throw new UploadRefused("UNSUPPORTED_TYPE",
					"فایل " + MessageText.quote(original) + " فایل پرداخت نیست: فقط " + MessageText.isolate(".xlsx")
							+ "، " + MessageText.isolate(".xls") + " و " + MessageText.isolate(".csv")
							+ " پذیرفته می‌شود.",
					"The file '" + original + "' is not a payout sheet: only .xlsx, .xls and .csv are accepted.");
		}
		DataSize max = this.settings.maxSize();
		if (file.getSize() > max.toBytes()) {
			throw tooLarge(max);
		}
		try {
			Files.createDirectories(this.settings.dir());
			Path target = this.settings.dir().resolve(storedName(original, extension));
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not keep the uploaded sheet", ex);
		}
	}

	/**
	 * The folder for the result workbook of a stored upload: one per upload under
	 * {@code tasvieh.web.out-dir}, since two sheets uploaded under the same name would
	 * otherwise write the same {@code <name>.result.xlsx}.
	 */
	Path resultDir(Path stored) {
		String name = stored.getFileName().toString();
		return this.web.outDir().resolve(name.substring(0, name.lastIndexOf('.')));
	}

	static UploadRefused tooLarge(DataSize max) {
		String limit = describe(max);
		return new UploadRefused("TOO_LARGE",
				"فایل بزرگ‌تر از حد مجاز (" + MessageText.isolate(MessageText.persianDigits(limit))
						+ ") است؛ آن را چند بخش کنید.",
				"The file is larger than the limit of " + limit + "; split it into several sheets.");
	}

	/** The size limit as the upload page states it, e.g. {@code 50MB}. */
	String maxSizeText() {
		return describe(maxSize());
	}

	private static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return size.toMegabytes() + "MB";
		}
		if (bytes >= 1024 && bytes % 1024 == 0) {
			return size.toKilobytes() + "KB";
		}
		return bytes + " bytes";
	}

	DataSize maxSize() {
		return this.settings.maxSize();
	}

	/**
	 * The client's name for the file, without any folder and with control and
	 * direction-override characters removed, for showing it; {@code sheet} when there is
	 * none.
	 */
	static String originalName(MultipartFile file) {
		String name = (file != null) ? file.getOriginalFilename() : null;
		if (name == null) {
			return "sheet";
		}
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder shown = new StringBuilder(name.length());
		name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && !isBidiControl(c))
			.forEach(shown::appendCodePoint);
		String cleaned = shown.toString().strip();
		if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
			return "sheet";
		}
		return (cleaned.length() > 200) ? cleaned.substring(cleaned.length() - 200) : cleaned;
	}

	private static boolean isBidiControl(int c) {
		// Overrides and isolates can make "gpj.xlsx" show as "xlsx.jpg".
		return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
	}

	static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * {@code 20260102-030405-<random>-<safe base>.<ext>}: unique, and safe on any disk.
	 */
	static String storedName(String original, String extension) {
		String base = original.substring(0, original.length() - extension.length() - 1);
		String safe = Normalizer.normalize(base, Normalizer.Form.NFKC)
			.replaceAll("[^\\p{L}\\p{N}_-]+", "_")
			.replaceAll("_+", "_")
			.replaceAll("^_|_$", "");
		if (safe.length() > MAX_BASE_NAME) {
			safe = safe.substring(0, MAX_BASE_NAME);
		}
		String stamp = STAMP.format(LocalDateTime.now(ZoneOffset.UTC));
		String random = UUID.randomUUID().toString().substring(0, 8);
		return stamp + "-" + random + (safe.isEmpty() ? "" : "-" + safe) + "." + extension;
	}

}
