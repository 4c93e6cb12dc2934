package ir.tasvieh.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.run.RunStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word of the pages comes from the bundles: the Persian and English bundles hold
 * the same keys, the default bundle is the Persian one, and every key a template names,
 * every status and every provider has its text.
 */
class MessageBundlesTests {

	private static final Path RESOURCES = Path.of("src", "main", "resources");

	private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

	@Test
	void holdsTheSameKeysInPersianAndEnglish() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.isEqualTo(load("messages_fa.properties").stringPropertyNames());
	}

	@Test
	void fallsBackToPersian() throws IOException {
		assertThat(load("messages.properties")).isEqualTo(load("messages_fa.properties"));
	}

	@Test
	void namesEveryStatusAndProviderInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages_fa.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			Arrays.stream(RunStatus.values())
				.forEach((status) -> assertThat(messages).containsKey("run.status." + status));
			Arrays.stream(PayoutStatus.values())
				.forEach((status) -> assertThat(messages).containsKey("payout.status." + status));
			assertThat(messages).containsKeys("provider.nextpay", "provider.vandar", "template.fa", "template.en");
		}
	}

	@Test
	void hasTheTextOfEveryKeyTheTemplatesName() throws IOException {
		Properties messages = load("messages_fa.properties");
		Set<String> named = new TreeSet<>();
		try (Stream<Path> templates = Files.list(RESOURCES.resolve("templates"))) {
			// The pages' templates; templates/mail/ belongs to the mail feature and its
			// own words.
			for (Path template : templates.filter((file) -> file.toString().endsWith(".html")).toList()) {
				Matcher key = LITERAL_KEY.matcher(Files.readString(template));
				while (key.find()) {
					named.add(key.group(1));
				}
			}
		}
		assertThat(named).hasSizeGreaterThan(50);
		assertThat(messages.stringPropertyNames()).containsAll(named);
	}

	@Test
	void keepsPersianTextInThePersianBundle() throws IOException {
		Properties fa = load("messages_fa.properties");
		assertThat(fa.getProperty("login.title")).isEqualTo("ورود");
		assertThat(fa.getProperty("amount.toman")).isEqualTo("تومان");
	}

	@Test
	void isolatesEveryLatinWordAndLatinArgumentInsidePersianText() throws IOException {
		Properties fa = load("messages_fa.properties");
		for (String key : fa.stringPropertyNames()) {
			String text = fa.getProperty(key);
			if (text.codePoints().anyMatch((c) -> c >= 0x0600 && c <= 0x06FF)) {
				// The other arguments are counts and dates the pages give in Persian
				// digits.
				String outside = text.replaceAll("\u2068[^\u2069]*\u2069", "").replaceAll("\\{\\d+\\}", "");
				assertThat(outside).as(key).doesNotContainPattern("[A-Za-z0-9]");
			}
		}
		// A user's name or a file format may be Latin, so those arguments are isolated
		// too.
		assertThat(fa.getProperty("nav.signedInAs")).endsWith("\u2068{0}\u2069");
		assertThat(fa.getProperty("template.link")).endsWith("\u2068{1}\u2069");
		assertThat(fa.getProperty("upload.limits")).contains("(\u2068UTF-8\u2069 یا \u2068Windows-1256\u2069)");
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(RESOURCES.resolve(name))) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
