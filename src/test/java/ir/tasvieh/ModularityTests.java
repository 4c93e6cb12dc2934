package ir.tasvieh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The features keep to the dependencies each declares in its {@code package-info.java}
 * (see docs/architecture/README.md), and the module diagrams published in
 * {@code docs/architecture/} are the ones this code makes. After a change of structure,
 * {@code mvn test -Dtest=ModularityTests -Ddocs.update=true} writes them anew.
 */
class ModularityTests {

	private static final Path PUBLISHED = Path.of("docs/architecture");

	private final ApplicationModules modules = ApplicationModules.of(TasviehApplication.class);

	@Test
	void featuresDependOnEachOtherOnlyAsTheyDeclareAndWithoutCycles() {
		this.modules.verify();
	}

	@Test
	void publishedModuleDiagramsMatchTheCode() throws IOException {
		Path written = Path.of("target/modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		List<Path> diagrams = diagrams(written);
		assertThat(diagrams).isNotEmpty();
		for (Path diagram : diagrams) {
			Path published = PUBLISHED.resolve(diagram.getFileName());
			if (Boolean.getBoolean("docs.update")) {
				Files.copy(diagram, published, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			assertThat(published).as("%s is published (run with -Ddocs.update=true)", published).exists();
			// Documenter writes the same content in an order that changes from
			// run to run, even within a line: what must match is every word, as
			// often as it occurs.
			assertThat(words(published)).as("%s is out of date (run with -Ddocs.update=true)", published)
				.containsExactlyInAnyOrderElementsOf(words(diagram));
		}
	}

	private static List<String> words(Path file) throws IOException {
		return List.of(Files.readString(file).split("[\\s|,]+"));
	}

	private static List<Path> diagrams(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(".puml") || file.toString().endsWith(".adoc"))
				.sorted()
				.toList();
		}
	}

}
