package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The formats a payout sheet may come in, told apart by content: users rename files, and
 * banks export CSV or HTML under an {@code .xls} name.
 */
enum SheetFormat {

	XLSX, XLS, CSV;

	private static final int SNIFF_BYTES = 8192;

	/**
	 * The format of a file, or a rejection when it is empty, encrypted or not a sheet.
	 */
	static SheetFormat detect(Path file, String name) {
		try {
			if (Files.size(file) == 0) {
				throw Rejections.empty(name);
			}
			FileMagic magic = FileMagic.valueOf(file.toFile());
			return switch (magic) {
				case OOXML -> XLSX;
				case OLE2 -> ole2(file, name);
				case UNKNOWN -> text(file, name);
				case BIFF2, BIFF3,
						BIFF4 ->
					throw Rejections.unreadable(name,
							"قالب اکسل ۹۵ یا قدیمی‌تر پشتیبانی نمی‌شود؛ آن را با قالب " + MessageText.isolate("xlsx")
									+ " ذخیره کنید.",
							"Excel 95 and older workbooks are not supported; save it as .xlsx.", null);
				default -> throw Rejections.unreadable(name,
						"این فایل " + MessageText.isolate(magic) + " است، نه " + MessageText.isolate("xlsx") + "، "
								+ MessageText.isolate("xls") + " یا " + MessageText.isolate("csv")
								+ "؛ آن را در اکسل با قالب " + MessageText.isolate("xlsx") + " ذخیره کنید.",
						"it is a " + magic + " file, not an .xlsx, .xls or .csv sheet" + named(name)
								+ "; open it in Excel and save it as .xlsx.",
						null);
			};
		}
		catch (NoSuchFileException ex) {
			throw Rejections.unreadable(name, "فایل پیدا نشد.", "the file does not exist.", ex);
		}
		catch (AccessDeniedException ex) {
			throw Rejections.unreadable(name, "اجازه‌ی خواندن فایل نیست.", "permission to read it is denied.", ex);
		}
		catch (IOException ex) {
			throw Rejections.unreadable(name, ex);
		}
	}

	/** An OLE2 container holds either an old .xls workbook or an encrypted .xlsx. */
	private static SheetFormat ole2(Path file, String name) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry("EncryptionInfo")) {
				throw Rejections.encrypted(name, null);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
				return XLS;
			}
			throw Rejections.unreadable(name, "این فایل آفیس، کاربرگ اکسل نیست.",
					"it is an Office file but not an Excel workbook.", null);
		}
	}

	/**
	 * Anything else is read as CSV unless it is plainly binary, so that random bytes
	 * named {@code .xlsx} are called unreadable rather than a sheet without a header.
	 */
	private static SheetFormat text(Path file, String name) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(SNIFF_BYTES);
		}
		if (CsvDialect.hasUtf16Bom(head) || !looksBinary(head)) {
			return CSV;
		}
		if (named(name).isEmpty() && hasNul(head)) {
			throw Rejections.nulBytes(name, 0);
		}
		throw Rejections.unreadable(name, "محتوای فایل نه کاربرگ اکسل است و نه متن " + MessageText.isolate("csv") + ".",
				"its content is neither an Excel workbook nor CSV text" + named(name) + ".", null);
	}

	private static boolean hasNul(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean looksBinary(byte[] head) {
		int control = 0;
		for (byte b : head) {
			if (b == 0) {
				return true;
			}
			if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
				control++;
			}
		}
		return control * 100 > head.length;
	}

	private static String named(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".xlsx") || lower.endsWith(".xls")) {
			return " although it is named " + name.substring(name.lastIndexOf('.'));
		}
		return "";
	}

}
