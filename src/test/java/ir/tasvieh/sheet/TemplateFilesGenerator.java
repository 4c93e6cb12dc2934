package ir.tasvieh.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the committed blank templates under {@code templates/} from
 * {@link PayoutTemplates}. Run from the project directory: {@value #COMMAND}.
 */
public final class TemplateFilesGenerator {

	static final String COMMAND = "mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt"
			+ " && java -cp target/test-classes:target/classes:$(cat target/cp.txt)"
			+ " ir.tasvieh.sheet.TemplateFilesGenerator templates";

	static final List<String> LANGUAGES = List.of("fa", "en");

	static final List<String> FORMATS = List.of("xlsx", "csv");

	private TemplateFilesGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of((args.length > 0) ? args[0] : "templates");
		for (Path file : writeAll(dir)) {
			System.out.println("wrote " + file);
		}
	}

	static List<Path> writeAll(Path dir) throws IOException {
		Files.createDirectories(dir);
		List<Path> written = new java.util.ArrayList<>();
		for (String lang : LANGUAGES) {
			for (String format : FORMATS) {
				Path file = dir.resolve(PayoutTemplates.fileName(lang, format));
				try (OutputStream out = Files.newOutputStream(file)) {
					PayoutTemplates.write(lang, format, out);
				}
				written.add(file);
			}
		}
		return written;
	}

}
