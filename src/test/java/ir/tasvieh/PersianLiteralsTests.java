package ir.tasvieh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Persian sentence written in the code carries a bare Latin name or ASCII digits
 * (docs/SPEC.md section 9.3): a status, a format, an encoding or a setting inside Persian
 * text goes through {@code MessageText.isolate} (or between FSI and PDI), or it would
 * reorder the sentence around it.
 */
class PersianLiteralsTests {

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern PERSIAN = Pattern.compile("[\\u0600-\\u06FF]");

	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	/** The isolates written as escapes in the source, with what they hold. */
	private static final Pattern ESCAPED_ISOLATE = Pattern.compile("\\\\u2068.*?\\\\u2069");

	@Test
	void isolatesEveryLatinNameInsideAPersianSentenceOfTheCode() throws IOException {
		List<String> bare = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> bare.addAll(bareIn(file)));
		}
		assertThat(bare).isEmpty();
	}

	@Test
	void seesABareNameAndLetsAnIsolatedOneAndAnEnglishSentenceBe() {
		assertThat(isBare("وضعیت PROPOSED شناخته نیست")).isTrue();
		assertThat(isBare("وضعیت \\u2068PROPOSED\\u2069 شناخته نیست")).isFalse();
		assertThat(isBare("ردیف 29 نامعتبر است")).isTrue();
		assertThat(isBare("Expected: name (or account holder, نام, نام و نام خانوادگی)")).isFalse();
		assertThat(isBare("دوباره بارگذاری کنید. — Validating this sheet stopped")).isFalse();
	}

	private static List<String> bareIn(Path file) {
		List<String> bare = new ArrayList<>();
		try {
			List<String> lines = Files.readAllLines(file);
			for (int i = 0; i < lines.size(); i++) {
				String line = lines.get(i).strip();
				if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
					continue;
				}
				Matcher literal = LITERAL.matcher(line);
				while (literal.find()) {
					if (isBare(literal.group(1))) {
						bare.add(file + ":" + (i + 1) + ": " + literal.group(1));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bare;
	}

	/**
	 * Whether a literal is Persian text (more Persian letters than Latin ones, up to an
	 * English translation after " — ") with a Latin letter or an ASCII digit outside its
	 * isolates. English text quoting a Persian column name is left alone.
	 */
	static boolean isBare(String literal) {
		String persian = literal.contains(" — ") ? literal.substring(0, literal.indexOf(" — ")) : literal;
		persian = ESCAPED_ISOLATE.matcher(persian).replaceAll("").replace("\\n", " ");
		long persianLetters = PERSIAN.matcher(persian).results().count();
		long latinLetters = LATIN.matcher(persian).results().count();
		return persianLetters > latinLetters && (latinLetters > 0 || persian.matches("(?s).*[0-9].*"));
	}

}
