package ir.tasvieh.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the broken and hostile payout sheets of the hostile-input tests, every one made
 * here from code so that no binary fixture is checked in. Each sheet that has rows pays a
 * valid SHEBA; {@code tag} goes into a cell so that every file's content (its SHA-256) is
 * new.
 */
public final class HostileFiles {

	/** A valid SHEBA of Bank Melli. */
	public static final String SHEBA = "IR820540102680020817909002";

	/** A valid card number (Bank Tejarat's BIN, Luhn-valid). */
	public static final String CARD = "6037701689095443";

	private HostileFiles() {
	}

	/** An ordinary one-row payout workbook. */
	public static Path goodXlsx(Path file, String tag) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "amount");
			row(sheet, 1, "Ali Rezaei " + tag, SHEBA, "1500000");
			return write(workbook, file);
		}
	}

	/** The bytes of {@link #goodXlsx}. */
	public static byte[] goodXlsxBytes(String tag) throws IOException {
		Path temp = Files.createTempFile("tasvieh-good", ".xlsx");
		try {
			return Files.readAllBytes(goodXlsx(temp, tag));
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Seeded random bytes under a workbook's name. */
	public static Path randomBytes(Path file, long seed) throws IOException {
		byte[] noise = new byte[16 * 1024];
		new Random(seed).nextBytes(noise);
		return Files.write(file, noise);
	}

	/** The first part of a PDF, renamed to a workbook. */
	public static Path pdf(Path file) throws IOException {
		return Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n",
				StandardCharsets.ISO_8859_1);
	}

	/**
	 * A good workbook cut off after {@code percent} of its bytes, as a broken download.
	 */
	public static Path truncated(Path file, String tag, int percent) throws IOException {
		byte[] whole = goodXlsxBytes(tag);
		return Files.write(file, Arrays.copyOf(whole, whole.length * percent / 100));
	}

	/** A good workbook encrypted with a password (Excel's "Encrypt with Password"). */
	public static Path encryptedXlsx(Path file, String tag) throws IOException {
		byte[] plain = goodXlsxBytes(tag);
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("s3cret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(plain);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IOException(ex);
		}
		return file;
	}

	/** An Excel 97-2003 workbook protected by a password. */
	public static Path encryptedXls(Path file, String tag) throws IOException {
		Biff8EncryptionKey.setCurrentUserPassword("s3cret");
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "amount");
			row(sheet, 1, "Ali Rezaei " + tag, SHEBA, "1500000");
			return write(workbook, file);
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}
	}

	/**
	 * A good workbook with {@code megabytes} of spaces inside its sheet XML: a part that
	 * inflates about a thousand times, the shape of a zip bomb.
	 */
	public static Path zipBomb(Path file, String tag, int megabytes) throws IOException {
		byte[] spaces = new byte[1024 * 1024];
		Arrays.fill(spaces, (byte) ' ');
		return rewriteSheet(file, goodXlsxBytes(tag), (xml, out) -> {
			int rows = xml.indexOf("<row ");
			out.write(xml.substring(0, rows).getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < megabytes; i++) {
				out.write(spaces);
			}
			out.write(xml.substring(rows).getBytes(StandardCharsets.UTF_8));
		});
	}

	/**
	 * A workbook whose sheet XML declares nested entities (billion laughs) and uses the
	 * last in a cell.
	 */
	public static Path billionLaughs(Path file, String tag) throws IOException {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY l").append(i).append(" \"");
			dtd.append(("&l" + (i - 1) + ";").repeat(10));
			dtd.append("\">");
		}
		dtd.append("]>");
		return withDoctype(file, tag, dtd.toString(), "&l9;");
	}

	/** A workbook whose sheet XML pulls a local file into a cell (XXE). */
	public static Path externalEntity(Path file, String tag, Path secret) throws IOException {
		String dtd = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		return withDoctype(file, tag, dtd, "&xxe;");
	}

	/**
	 * A workbook whose shared strings pull a local file in (XXE in
	 * {@code xl/sharedStrings.xml}).
	 */
	public static Path externalEntityInSharedStrings(Path file, String tag, Path secret) throws IOException {
		byte[] good = goodXlsxBytes(tag);
		String dtd = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		return rewrite(file, good, "xl/sharedStrings.xml", (xml, out) -> {
			String declared = insertDoctype(xml, dtd);
			out.write(declared.replace("Ali Rezaei " + tag, "Ali Rezaei &xxe;").getBytes(StandardCharsets.UTF_8));
		});
	}

	private static Path withDoctype(Path file, String tag, String dtd, String entity) throws IOException {
		return rewriteSheet(file, goodXlsxBytes(tag), (xml, out) -> {
			String declared = insertDoctype(xml, dtd);
			int end = declared.lastIndexOf("</sheetData>");
			String cell = "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>" + entity + "</t></is></c>"
					+ "<c r=\"B3\" t=\"inlineStr\"><is><t>" + SHEBA
					+ "</t></is></c><c r=\"C3\"><v>2000000</v></c></row>";
			out.write((declared.substring(0, end) + cell + declared.substring(end)).getBytes(StandardCharsets.UTF_8));
		});
	}

	private static String insertDoctype(String xml, String dtd) {
		int declaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
		return xml.substring(0, declaration) + dtd + xml.substring(declaration);
	}

	/** A header of {@code columns} columns (Excel's maximum is 16,384) over one row. */
	public static Path wide(Path file, String tag, int columns) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
			Sheet sheet = workbook.createSheet("Payouts");
			Row header = row(sheet, 0, "name", "sheba", "amount");
			Row data = row(sheet, 1, "Ali Rezaei " + tag, SHEBA, "1500000");
			for (int c = 3; c < columns; c++) {
				header.createCell(c).setCellValue("extra " + c);
				data.createCell(c).setCellValue("x");
			}
			return write(workbook, file);
		}
	}

	/**
	 * One payout row, then {@code emptyRows} rows that are formatted but hold nothing, as
	 * Excel writes a sheet whose whole columns were formatted; streamed straight into the
	 * zip so that the generator itself stays in bounded memory.
	 */
	public static Path formattedEmptyRows(Path file, String tag, int emptyRows) throws IOException {
		return rewriteSheet(file, goodXlsxBytes(tag), (xml, out) -> {
			int end = xml.lastIndexOf("</sheetData>");
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(xml, 0, end);
			StringBuilder row = new StringBuilder(160);
			for (int r = 3; r < 3 + emptyRows; r++) {
				row.setLength(0);
				row.append("<row r=\"").append(r).append("\" spans=\"1:3\" s=\"1\" customFormat=\"1\">");
				for (char column = 'A'; column <= 'C'; column++) {
					row.append("<c r=\"").append(column).append(r).append("\" s=\"1\"/>");
				}
				writer.append(row.append("</row>"));
			}
			writer.write(xml.substring(end));
			writer.flush();
		}, (workbook) -> {
			// The style the empty rows refer to: a fill, as a formatted column has.
			CellStyle grey = workbook.createCellStyle();
			grey.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
		});
	}

	/** A name merged over rows 2 and 3: row 3 has no name of its own. */
	public static Path mergedCells(Path file, String tag) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "amount");
			row(sheet, 1, "Ali Rezaei " + tag, SHEBA, "1500000");
			row(sheet, 2, "", "IR062960000000100324200001", "2500000");
			sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
			return write(workbook, file);
		}
	}

	/** A hidden first sheet with a payee who must not be paid, then the real sheet. */
	public static Path hiddenFirstSheet(Path file, String tag) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet hidden = workbook.createSheet("old");
			row(hidden, 0, "name", "sheba", "amount");
			row(hidden, 1, "Hidden Payee", "IR062960000000100324200001", "99000000");
			workbook.setSheetHidden(0, true);
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "amount");
			row(sheet, 1, "Visible Payee " + tag, SHEBA, "1500000");
			return write(workbook, file);
		}
	}

	/** Name and amount computed by formulas, their results cached as Excel saves them. */
	public static Path formulas(Path file, String tag) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "amount");
			Row data = row(sheet, 1, "", SHEBA, "");
			data.getCell(0).setCellFormula("\"Ali \"&\"Rezaei " + tag + "\"");
			data.getCell(2).setCellFormula("1000000+500000");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			return write(workbook, file);
		}
	}

	/** Row 2's amount is a date, row 3's a boolean. */
	public static Path dateAndBooleanAmounts(Path file, String tag) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "Amount (IRR)");
			Row date = row(sheet, 1, "Ali Rezaei " + tag, SHEBA, "");
			date.getCell(2).setCellValue(LocalDate.of(2026, 11, 23));
			CellStyle style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			date.getCell(2).setCellStyle(style);
			Row bool = row(sheet, 2, "Sara Ahmadi", "IR062960000000100324200001", "");
			bool.getCell(2).setCellValue(true);
			return write(workbook, file);
		}
	}

	/** CSV text in the given encoding. */
	public static Path csv(Path file, String text, Charset charset) throws IOException {
		return Files.write(file, text.getBytes(charset));
	}

	/** Bytes as they are. */
	public static Path bytes(Path file, byte[]... parts) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.write(part);
		}
		return Files.write(file, all.toByteArray());
	}

	/** An Excel 97-2003 workbook as older Excel versions save it. */
	public static Path xls(Path file, String tag) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Payouts");
			row(sheet, 0, "name", "sheba", "amount");
			Row data = row(sheet, 1, "Ali Rezaei " + tag, SHEBA, "");
			data.getCell(2).setCellValue(1500000d);
			return write(workbook, file);
		}
	}

	/**
	 * An OLE2 file with the {@code Book} stream of Excel 5.0/95 (BIFF5), which POI does
	 * not read: a BOF record of version 0x0500.
	 */
	public static Path excel95(Path file) throws IOException {
		byte[] bof = { 0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00 };
		try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
			fs.createDocument(new java.io.ByteArrayInputStream(bof), "Book");
			fs.writeFilesystem(out);
		}
		return file;
	}

	/**
	 * A workbook whose sheet XML is {@code sheetXml} as it is (any text, even invalid).
	 */
	public static Path withSheetXml(Path file, String tag, String sheetXml) throws IOException {
		return rewriteSheet(file, goodXlsxBytes(tag),
				(xml, out) -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)));
	}

	static Row row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
		return row;
	}

	static Path write(Workbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	/** Writes a new version of one zip entry from its old text. */
	interface EntryRewriter {

		void rewrite(String oldXml, OutputStream out) throws IOException;

	}

	/** Adds something to the workbook the sheet is written from. */
	interface WorkbookChange {

		void apply(XSSFWorkbook workbook);

	}

	private static Path rewriteSheet(Path file, byte[] xlsx, EntryRewriter rewriter) throws IOException {
		return rewrite(file, xlsx, "xl/worksheets/sheet1.xml", rewriter);
	}

	private static Path rewriteSheet(Path file, byte[] ignored, EntryRewriter rewriter, WorkbookChange change)
			throws IOException {
		byte[] styled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(ignored))) {
			change.apply(workbook);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			styled = out.toByteArray();
		}
		return rewriteSheet(file, styled, rewriter);
	}

	private static Path rewrite(Path file, byte[] zip, String entryName, EntryRewriter rewriter) throws IOException {
		try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(entryName)) {
					rewriter.rewrite(new String(readAll(in), StandardCharsets.UTF_8), out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return file;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

}
