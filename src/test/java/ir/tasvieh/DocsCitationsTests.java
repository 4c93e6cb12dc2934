package ir.tasvieh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every "SPEC x.y", "providers.md N" and "validation.md section N" cited in the code, the
 * tests and the README names a section that has a heading in docs/, so a clone holds what
 * its comments point to.
 */
class DocsCitationsTests {

	private static final List<Path> SCANNED = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
			Path.of("src/main/resources"), Path.of("README.md"), Path.of("docs"));

	private static final Set<String> TEXT_FILES = Set.of(".java", ".md", ".properties", ".sql");

	/**
	 * Between a document's name and the number: spaces, or a line break into a comment.
	 */
	private static final String GAP = "(?:[ \\t]+|[ \\t]*\\R[ \\t]*(?:\\*(?!/)|//|--|#)?[ \\t]*)+";

	/** A section number, or a range such as 1-4 or "4.5 and 4.6". */
	private static final String SECTIONS = "(\\d+(?:\\.\\d+)*)(?:[ \\t]*(?:-|–|and)[ \\t]*(\\d+(?:\\.\\d+)*))?";

	private static final Pattern SPEC = Pattern
		.compile("(?<![A-Za-z])SPEC(?:\\.md)?,?(?:" + GAP + "(?:section|§))?" + GAP + SECTIONS);

	private static final Pattern PROVIDERS = Pattern
		.compile("providers\\.md`?,?(?:" + GAP + "(?:section|§))?" + GAP + SECTIONS);

	private static final Pattern PROVIDERS_DECISIONS = Pattern.compile("providers\\.md," + GAP + "decisions");

	private static final Pattern VALIDATION = Pattern
		.compile("validation\\.md`?,?(?:" + GAP + "(?:sections?|§))?" + GAP + SECTIONS);

	private static final Pattern NUMBERED_HEADING = Pattern.compile("^#{2,4}[ \\t]+(\\d+(?:\\.\\d+)*)\\.?[ \\t]",
			Pattern.MULTILINE);

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+(.+)$", Pattern.MULTILINE);

	@Test
	void everyLinkOfTheReadmeAndTheDocsPointsToAFileAndHeadingThatExist() throws IOException {
		List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			docs.filter((file) -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		List<String> broken = new ArrayList<>();
		for (Path document : documents) {
			Matcher link = LINK.matcher(read(document));
			while (link.find()) {
				String target = link.group(1);
				// A web address, or a regular expression that only looks like a link.
				if (target.matches("^[a-z]+:.*") || target.contains("\\")) {
					continue;
				}
				String[] parts = target.split("#", 2);
				Path file = parts[0].isEmpty() ? document : document.resolveSibling(parts[0]).normalize();
				if (!Files.exists(file)) {
					broken.add(document + ": " + target + " (no such file)");
				}
				else if (parts.length == 2 && !anchors(file).contains(parts[1])) {
					broken.add(document + ": " + target + " (no such heading)");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	/** The anchors GitHub gives a Markdown file's headings. */
	private static Set<String> anchors(Path file) {
		Set<String> anchors = new LinkedHashSet<>();
		if (!file.toString().endsWith(".md")) {
			return anchors;
		}
		Matcher heading = HEADING.matcher(read(file));
		while (heading.find()) {
			anchors.add(heading.group(1).trim().toLowerCase().replaceAll("[^\\p{L}\\p{N}\\- _]", "").replace(' ', '-'));
		}
		return anchors;
	}

	@Test
	void everySpecCitationHasASection() {
		List<Citation> citations = citations(SPEC);
		assertThat(citations).extracting(Citation::section).contains("2", "4.1", "9.2", "9.4");
		assertThat(missing(citations, headings("docs/SPEC.md"))).isEmpty();
	}

	@Test
	void everyProvidersCitationHasASection() {
		List<Citation> citations = citations(PROVIDERS);
		assertThat(citations).extracting(Citation::section).contains("1", "3.1", "5");
		assertThat(missing(citations, headings("docs/providers.md"))).isEmpty();
	}

	@Test
	void theProviderDecisionsHaveASection() {
		assertThat(citations(PROVIDERS_DECISIONS)).isNotEmpty();
		assertThat(read(Path.of("docs/providers.md"))).containsPattern("(?m)^## Decisions for tasvieh$");
	}

	@Test
	void everyValidationCitationHasASection() {
		List<Citation> citations = citations(VALIDATION);
		assertThat(citations).extracting(Citation::section).contains("1.4", "4.1", "4.6");
		assertThat(missing(citations, headings("docs/validation.md"))).isEmpty();
	}

	private static List<String> missing(List<Citation> citations, Set<String> headings) {
		return citations.stream()
			.filter((citation) -> !headings.contains(citation.section()))
			.map(Citation::toString)
			.toList();
	}

	private static Set<String> headings(String document) {
		Set<String> numbers = new LinkedHashSet<>();
		Matcher heading = NUMBERED_HEADING.matcher(read(Path.of(document)));
		while (heading.find()) {
			numbers.add(heading.group(1));
		}
		assertThat(numbers).as("numbered headings in %s", document).isNotEmpty();
		return numbers;
	}

	private static List<Citation> citations(Pattern pattern) {
		List<Citation> citations = new ArrayList<>();
		for (Path file : scannedFiles()) {
			String text = read(file);
			Matcher cited = pattern.matcher(text);
			while (cited.find()) {
				int line = lineOf(text, cited.start());
				if (cited.groupCount() == 0) {
					citations.add(new Citation(file, line, "decisions"));
					continue;
				}
				citations.add(new Citation(file, line, cited.group(1)));
				if (cited.group(2) != null) {
					citations.add(new Citation(file, line, cited.group(2)));
				}
			}
		}
		return citations;
	}

	private static List<Path> scannedFiles() {
		List<Path> files = new ArrayList<>();
		for (Path root : SCANNED) {
			try (Stream<Path> paths = Files.walk(root)) {
				paths.filter(Files::isRegularFile).filter(DocsCitationsTests::isText).sorted().forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return files;
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot >= 0 && TEXT_FILES.contains(name.substring(dot));
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Citation(Path file, int line, String section) {

		@Override
		public String toString() {
			return this.file + ":" + this.line + " cites section " + this.section;
		}

	}

}
