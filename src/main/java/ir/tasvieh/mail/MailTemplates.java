package ir.tasvieh.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A Thymeleaf engine of mail's own for {@code templates/mail/*}. Deliberately not a bean:
 * a {@code TemplateEngine} bean would make Spring Boot drop the engine it configures for
 * the web pages.
 */
@Component
class MailTemplates {

	// Made on the first mail: every command has this bean, and most (validate, a run
	// without mail) never write a mail.
	private final SingletonSupplier<SpringTemplateEngine> html = SingletonSupplier
		.of(() -> engine(TemplateMode.HTML, ".html"));

	private final SingletonSupplier<SpringTemplateEngine> text = SingletonSupplier
		.of(() -> engine(TemplateMode.TEXT, ".txt"));

	String html(String name, Map<String, Object> variables) {
		return this.html.obtain().process(name, new Context(Locale.ROOT, variables));
	}

	String text(String name, Map<String, Object> variables) {
		return this.text.obtain().process(name, new Context(Locale.ROOT, variables));
	}

	private static SpringTemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
		resolver.setPrefix("templates/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
		resolver.setCheckExistence(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
