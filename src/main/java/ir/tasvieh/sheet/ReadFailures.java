package ir.tasvieh.sheet;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.zip.ZipException;

import javax.xml.stream.XMLStreamException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;

/**
 * Tells why a workbook or CSV file could not be read, from what the readers threw, so
 * that the user is told what is wrong with the file instead of a library's message. The
 * libraries' own messages are never shown: they may hold paths and file contents.
 */
final class ReadFailures {

	/** Causes looked at; a chain that loops must not hang the reader. */
	private static final int MAX_DEPTH = 20;

	private ReadFailures() {
	}

	/** The rejection for a failure while opening or reading {@code file}. */
	static SheetRejected of(String file, Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = next(cause)) {
			String message = (cause.getMessage() != null) ? cause.getMessage() : "";
			if (message.contains("Zip bomb detected") || message.contains("potentially malicious")) {
				return zipBomb(file, failure);
			}
			// Which StAX parser reads the sheet depends on the classpath
			// (Woodstox, Aalto, the JDK's); each words an entity's refusal its own way.
			if (message.contains("DOCTYPE") || message.contains("was referenced, but not declared")
					|| message.toLowerCase(Locale.ROOT).contains("entity")) {
				return entities(file, failure);
			}
			if (cause instanceof EncryptedDocumentException) {
				return Rejections.encrypted(file, failure);
			}
			if (cause instanceof OldExcelFormatException) {
				return Rejections.unreadable(file,
						"قالب اکسل ۵ یا ۹۵ (" + MessageText.isolate("BIFF5")
								+ ") پشتیبانی نمی‌شود؛ آن را در اکسل باز کنید و با قالب " + MessageText.isolate("xlsx")
								+ " ذخیره کنید.",
						"it is an Excel 5.0/95 workbook (BIFF5), which is not supported; open it in Excel and save it as .xlsx.",
						failure);
			}
			if (cause instanceof ZipException || cause instanceof NotOfficeXmlFileException) {
				return Rejections.unreadable(file, "ساختار " + MessageText.isolate("zip")
						+ " کاربرگ ناقص یا خراب است (شاید دریافت فایل نیمه‌کاره مانده)؛ آن را دوباره از اکسل ذخیره کنید و بفرستید.",
						"the workbook's zip structure is damaged or cut off (perhaps an interrupted download); save it again from Excel and send it again.",
						failure);
			}
			if (cause instanceof CharacterCodingException) {
				return Rejections.unreadable(file,
						"بخشی از متن فایل با رمزگذاری " + MessageText.isolate("UTF-8")
								+ " نیست (دو رمزگذاری در یک فایل)؛ آن را با قالب " + MessageText.quote("CSV UTF-8")
								+ " ذخیره کنید.",
						"part of its text is not UTF-8 (two encodings in one file); save it as \"CSV UTF-8\".",
						failure);
			}
		}
		return Rejections.unreadable(file, failure);
	}

	private static SheetRejected zipBomb(String file, Throwable failure) {
		long ratio = Math.round(1 / ZipLimits.MIN_INFLATE_RATIO);
		return new SheetRejected("UNSAFE",
				"فایل " + MessageText.quote(file) + " پذیرفته نشد: بخشی از آن هنگام باز شدن بیش از "
						+ MessageText.digits(ratio) + " برابر بزرگ می‌شود یا از "
						+ MessageText.persianDigits(gigabytes(ZipLimits.MAX_ENTRY_SIZE))
						+ " گیگابایت بیشتر است (شکل «بمب " + MessageText.isolate("zip") + "»). "
						+ "کاربرگ را دوباره از اکسل ذخیره کنید.",
				file + " was refused: a part of it expands more than " + ratio + " times, or beyond "
						+ gigabytes(ZipLimits.MAX_ENTRY_SIZE)
						+ " GB, when unpacked (the shape of a zip bomb). Save the sheet again from Excel.",
				failure);
	}

	private static SheetRejected entities(String file, Throwable failure) {
		return new SheetRejected("UNSAFE", "فایل " + MessageText.quote(file) + " پذیرفته نشد: "
				+ MessageText.isolate("XML") + " آن تعریف " + MessageText.isolate("DOCTYPE") + " یا موجودیت ("
				+ MessageText.isolate("entity") + ") دارد که اکسل هرگز نمی‌نویسد "
				+ "و می‌تواند فایل‌های این رایانه را بخواند یا حافظه را پر کند. کاربرگ را دوباره از اکسل ذخیره کنید.",
				file + " was refused: its XML declares a DOCTYPE or entities, which Excel never writes and which could "
						+ "read files of this machine or fill its memory. Save the sheet again from Excel.",
				failure);
	}

	private static String gigabytes(long bytes) {
		return String.format(Locale.ROOT, "%.0f", bytes / (1024.0 * 1024 * 1024));
	}

	/** StAX keeps the cause of a parse error as its nested exception. */
	private static Throwable next(Throwable cause) {
		if (cause.getCause() != null && cause.getCause() != cause) {
			return cause.getCause();
		}
		return (cause instanceof XMLStreamException stream) ? stream.getNestedException() : null;
	}

}
