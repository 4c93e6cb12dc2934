package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells, line by line, whether a CSV file without a byte-order mark is UTF-8 or another
 * encoding (Windows-1256), and finds files that mix both: read as either one, a mixed
 * file garbles the names written in the other, so it is refused rather than guessed.
 */
final class Utf8Lines {

	/** Once this much valid non-ASCII UTF-8 has been seen, the file is taken as UTF-8. */
	private static final long CONVINCING = 1024 * 1024;

	private static final int BUFFER = 64 * 1024;

	/**
	 * A line counts as UTF-8 only with this many non-ASCII characters: one two-byte pair
	 * of Windows-1256 letters can happen to be valid UTF-8, several in a row cannot.
	 */
	private static final int UTF8_LINE_CHARS = 2;

	/**
	 * What the file's lines are.
	 *
	 * @param utf8Line the first line that is UTF-8 with non-ASCII text, or 0
	 * @param otherLine the first line that is not valid UTF-8, or 0
	 */
	record Verdict(long utf8Line, long otherLine) {

		boolean utf8() {
			return this.otherLine == 0;
		}

		boolean mixed() {
			return this.utf8Line != 0 && this.otherLine != 0;
		}

	}

	private long line = 1;

	private long utf8Line;

	private long otherLine;

	private long nonAscii;

	private int lineChars;

	private boolean lineInvalid;

	/** Continuation bytes still expected, and the range of the next one. */
	private int need;

	private int low = 0x80;

	private int high = 0xBF;

	private Utf8Lines() {
	}

	/**
	 * Reads until both kinds of line are found, the end, or enough valid UTF-8 to be sure
	 * (a pure ASCII prefix proves nothing, so it streams on).
	 */
	static Verdict of(Path file) throws IOException {
		Utf8Lines lines = new Utf8Lines();
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while (!lines.decided() && (read = in.read(buffer)) > 0) {
				for (int i = 0; i < read; i++) {
					lines.accept(buffer[i] & 0xFF);
				}
			}
		}
		lines.endLine();
		return new Verdict(lines.utf8Line, lines.otherLine);
	}

	private boolean decided() {
		return (this.utf8Line != 0 && this.otherLine != 0) || (this.otherLine == 0 && this.nonAscii >= CONVINCING);
	}

	private void accept(int b) {
		if (b == '\n') {
			endLine();
			this.line++;
			return;
		}
		if (this.need > 0) {
			if (b >= this.low && b <= this.high) {
				this.need--;
				this.low = 0x80;
				this.high = 0xBF;
				this.lineChars += (this.need == 0) ? 1 : 0;
				return;
			}
			invalid();
		}
		if (b < 0x80) {
			return;
		}
		this.nonAscii++;
		if (b >= 0xC2 && b <= 0xDF) {
			expect(1, 0x80, 0xBF);
		}
		else if (b >= 0xE0 && b <= 0xEF) {
			expect(2, (b == 0xE0) ? 0xA0 : 0x80, (b == 0xED) ? 0x9F : 0xBF);
		}
		else if (b >= 0xF0 && b <= 0xF4) {
			expect(3, (b == 0xF0) ? 0x90 : 0x80, (b == 0xF4) ? 0x8F : 0xBF);
		}
		else {
			invalid();
		}
	}

	private void expect(int continuations, int first, int last) {
		this.need = continuations;
		this.low = first;
		this.high = last;
	}

	private void invalid() {
		this.lineInvalid = true;
		expect(0, 0x80, 0xBF);
	}

	private void endLine() {
		if (this.need > 0) {
			invalid();
		}
		if (this.lineInvalid && this.otherLine == 0) {
			this.otherLine = this.line;
		}
		else if (!this.lineInvalid && this.lineChars >= UTF8_LINE_CHARS && this.utf8Line == 0) {
			this.utf8Line = this.line;
		}
		this.lineInvalid = false;
		this.lineChars = 0;
	}

}
