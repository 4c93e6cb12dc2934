package ir.tasvieh.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser without the browser, for what MockMvc cannot show: real HTTP to the
 * running app, the session and language cookies, the sign-in form with its CSRF token,
 * and the servlet container's error pages and upload limits.
 */
final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_ACTION = Pattern.compile("id=\"upload-form\"[^>]*action=\"([^\"]+)\"");

	private final URI base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient http;

	SignedInClient(int port) {
		this.base = URI.create("http://127.0.0.1:" + port);
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Chooses the pages' language the way the language switch's cookie does. */
	SignedInClient language(String language) {
		HttpCookie cookie = new HttpCookie(PageLocales.COOKIE, language);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(this.base, cookie);
		return this;
	}

	SignedInClient signIn(String username, String password) throws Exception {
		String token = csrf(get("/login").body());
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(this.base.resolve("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form(Map.of("username", username, "password", password, "_csrf", token)))));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/runs");
		return this;
	}

	HttpResponse<String> get(String path) throws Exception {
		return send(HttpRequest.newBuilder(this.base.resolve(path)).GET());
	}

	/**
	 * Posts a file through the upload form as a browser would, with the form's own
	 * action.
	 */
	HttpResponse<String> upload(String fileName, byte[] content) throws Exception {
		String form = get("/runs/new").body();
		Matcher action = FORM_ACTION.matcher(form);
		assertThat(action.find()).as("the upload form").isTrue();
		String boundary = "----tasvieh" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : Map.of("provider", "nextpay", "_csrf", csrf(form)).entrySet()) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(this.base.resolve(action.group(1)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		// As a browser asks for a page (an error then comes as a page, not as JSON).
		request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		return this.http.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static String csrf(String html) {
		Matcher token = CSRF.matcher(html);
		assertThat(token.find()).as("a CSRF token in the page").isTrue();
		return token.group(1);
	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
