package ir.tasvieh.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The pages' language: Persian unless the person chose English, remembered in a cookie so
 * the choice survives signing out and in again.
 */
@Configuration(proxyBeanMethods = false)
class PageLocales {

	static final Locale PERSIAN = Locale.forLanguageTag("fa");

	static final Locale ENGLISH = Locale.ENGLISH;

	static final String COOKIE = "tasvieh-lang";

	/**
	 * Named so that it replaces Spring MVC's default resolver (which reads the
	 * browser's).
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocale(PERSIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		// Anything but the two languages the bundles hold falls back to Persian.
		resolver.setDefaultLocaleFunction((request) -> PERSIAN);
		return resolver;
	}

	/** The language of a page: {@code fa} or {@code en}. */
	static Locale supported(String language) {
		return "en".equalsIgnoreCase(language) ? ENGLISH : PERSIAN;
	}

	static boolean isPersian(Locale locale) {
		return !ENGLISH.getLanguage().equals(locale.getLanguage());
	}

}
