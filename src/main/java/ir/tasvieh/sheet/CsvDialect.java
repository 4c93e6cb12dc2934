package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file is written: its encoding, the length of its byte-order mark and its
 * separator.
 *
 * @param charset UTF-8 (with or without BOM), UTF-16 (with BOM) or Windows-1256
 * @param bomLength bytes to skip before the text
 * @param separator {@code ,}, {@code ;} or tab
 * @param separatorLine whether the first line is Excel's {@code sep=;} hint, which is not
 * a row
 */
record CsvDialect(Charset charset, int bomLength, char separator, boolean separatorLine) {

	static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	private static final char[] SEPARATORS = { ',', ';', '\t' };

	private static final int SAMPLE_CHARS = 64 * 1024;

	private static final int SAMPLE_LINES = 20;

	/**
	 * @param name the file's name, for the rejection of a file that mixes UTF-8 and
	 * another encoding
	 */
	static CsvDialect detect(Path file, String name) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(3);
		}
		Charset charset;
		int bom = 0;
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			charset = StandardCharsets.UTF_8;
			bom = 3;
		}
		else if (hasUtf16Bom(head)) {
			charset = ((head[0] & 0xFF) == 0xFE) ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
			bom = 2;
		}
		else {
			Utf8Lines.Verdict lines = Utf8Lines.of(file);
			if (lines.mixed()) {
				throw Rejections.mixedEncodings(name, lines.utf8Line(), lines.otherLine());
			}
			charset = lines.utf8() ? StandardCharsets.UTF_8 : WINDOWS_1256;
		}
		return separator(file, charset, bom);
	}

	static boolean hasUtf16Bom(byte[] head) {
		return head.length >= 2 && (((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)
				|| ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF));
	}

	/**
	 * A reader over the text after the BOM. UTF-8 that does not decode fails the read
	 * (the file mixes encodings past the part that was examined); in the other encodings
	 * such bytes become U+FFFD.
	 */
	Reader open(Path file) throws IOException {
		return open(file, this.charset == StandardCharsets.UTF_8);
	}

	private Reader open(Path file, boolean strict) throws IOException {
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(this.bomLength);
		}
		catch (IOException ex) {
			in.close();
			throw ex;
		}
		CodingErrorAction onError = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
		CharsetDecoder decoder = this.charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
		return new InputStreamReader(in, decoder);
	}

	/**
	 * The candidate found most often outside quotes in the first non-empty line (the
	 * header), ties broken by the next lines; a comma when none occurs.
	 */
	private static CsvDialect separator(Path file, Charset charset, int bom) throws IOException {
		char[] sample = new char[SAMPLE_CHARS];
		int length = 0;
		try (Reader reader = new CsvDialect(charset, bom, ',', false).open(file, false)) {
			int read = 0;
			while (read >= 0 && length < SAMPLE_CHARS) {
				read = reader.read(sample, length, SAMPLE_CHARS - length);
				length += Math.max(read, 0);
			}
		}
		if (length >= 5 && new String(sample, 0, 4).equalsIgnoreCase("sep=")
				&& (length == 5 || sample[5] == '\r' || sample[5] == '\n')) {
			return new CsvDialect(charset, bom, sample[4], true);
		}
		int[] header = new int[SEPARATORS.length];
		int[] rest = new int[SEPARATORS.length];
		int[] line = new int[SEPARATORS.length];
		boolean quoted = false;
		boolean headerSeen = false;
		int lines = 0;
		for (int i = 0; i < length && lines < SAMPLE_LINES; i++) {
			char c = sample[i];
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (sum(line) > 0) {
					add(headerSeen ? rest : header, line);
					headerSeen = true;
					lines++;
				}
				line = new int[SEPARATORS.length];
			}
			else if (!quoted) {
				for (int s = 0; s < SEPARATORS.length; s++) {
					line[s] += (c == SEPARATORS[s]) ? 1 : 0;
				}
			}
		}
		add(headerSeen ? rest : header, line);
		int best = 0;
		for (int s = 1; s < SEPARATORS.length; s++) {
			if (header[s] > header[best] || (header[s] == header[best] && rest[s] > rest[best])) {
				best = s;
			}
		}
		return new CsvDialect(charset, bom, SEPARATORS[best], false);
	}

	private static void add(int[] total, int[] line) {
		for (int i = 0; i < total.length; i++) {
			total[i] += line[i];
		}
	}

	private static int sum(int[] counts) {
		int sum = 0;
		for (int count : counts) {
			sum += count;
		}
		return sum;
	}

}
