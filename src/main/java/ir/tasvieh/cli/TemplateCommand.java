package ir.tasvieh.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

import ir.tasvieh.sheet.PayoutTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code template}: writes a blank payout sheet. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "template", mixinStandardHelpOptions = true, description = "Write a blank payout sheet.")
class TemplateCommand implements Callable<Integer> {

	@Option(names = "--lang", defaultValue = "fa", paramLabel = "fa|en",
			description = "the language of the headers (default: ${DEFAULT-VALUE})")
	String lang;

	@Option(names = "--format", defaultValue = "xlsx", paramLabel = "xlsx|csv",
			description = "the file format (default: ${DEFAULT-VALUE})")
	String format;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
	Path out;

	@Override
	public Integer call() throws IOException {
		if (!(this.lang.equals("fa") || this.lang.equals("en"))
				|| !(this.format.equals("xlsx") || this.format.equals("csv"))) {
			System.err.println("--lang must be fa or en and --format xlsx or csv");
			return ExitCodes.USAGE;
		}
		Path parent = this.out.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try (OutputStream stream = Files.newOutputStream(this.out)) {
			PayoutTemplates.write(this.lang, this.format, stream);
		}
		System.out.println("Blank payout sheet written to " + this.out);
		return ExitCodes.OK;
	}

}
