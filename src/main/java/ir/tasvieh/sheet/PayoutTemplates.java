package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.modulith.NamedInterface;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;

/**
 * Writes the blank payout sheet finance fills in (SPEC section 3): the columns
 * {@code name, sheba, card, amount (IRR), tracker, description, payment_number}, in
 * English or in Persian, as {@code .xlsx} (styled, identifier columns formatted as text,
 * an instructions sheet, right-to-left in Persian) or as {@code .csv} (UTF-8 with a BOM,
 * header line only). The output is deterministic: the same arguments always give the same
 * content.
 */
@NamedInterface("templates")
public final class PayoutTemplates {

	private PayoutTemplates() {
	}

	/**
	 * Writes a blank payout template. The stream is not closed.
	 * @param lang {@code "fa"} or {@code "en"}
	 * @param format {@code "xlsx"} or {@code "csv"}
	 * @param out where to write
	 * @throws IllegalArgumentException for any other language or format
	 * @throws UncheckedIOException when the stream cannot be written
	 */
	public static void write(String lang, String format, OutputStream out) {
		TemplateText text = TemplateText.of(lang);
		try {
			switch (checkFormat(format)) {
				case "xlsx" -> TemplateWorkbook.write(text, out);
				default -> writeCsv(text, out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The conventional file name of a template, e.g. {@code payout-template.fa.xlsx}.
	 * @param lang {@code "fa"} or {@code "en"}
	 * @param format {@code "xlsx"} or {@code "csv"}
	 * @return the file name
	 * @throws IllegalArgumentException for any other language or format
	 */
	public static String fileName(String lang, String format) {
		TemplateText.of(lang);
		return "payout-template." + lang + "." + checkFormat(format);
	}

	private static String checkFormat(String format) {
		if ("xlsx".equals(format) || "csv".equals(format)) {
			return format;
		}
		throw new IllegalArgumentException("Unknown template format '" + format + "': expected xlsx or csv");
	}

	private static void writeCsv(TemplateText text, OutputStream out) throws IOException {
		// The BOM makes Excel open the file as UTF-8, so Persian headers stay readable.
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		ICSVWriter csv = new CSVWriterBuilder(writer).withSeparator(',').withLineEnd("\r\n").build();
		csv.writeNext(text.headers().toArray(String[]::new), false);
		csv.flush();
	}

}
