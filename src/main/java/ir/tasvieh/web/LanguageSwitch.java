package ir.tasvieh.web;

import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Switches the pages between Persian and English and goes back to the page the switch was
 * clicked on. Only a path on this very site is followed back, so the switch cannot be
 * used to send someone elsewhere.
 */
@Controller
class LanguageSwitch {

	private final LocaleResolver locales;

	LanguageSwitch(LocaleResolver locales) {
		this.locales = locales;
	}

	@GetMapping("/lang")
	String switchTo(@RequestParam(name = "l", defaultValue = "fa") String language, HttpServletRequest request,
			HttpServletResponse response) {
		this.locales.setLocale(request, response, PageLocales.supported(language));
		return "redirect:" + backTo(request.getHeader(HttpHeaders.REFERER), request);
	}

	/**
	 * The path (and query) of the referring page when it is on this site, else the runs.
	 */
	static String backTo(String referer, HttpServletRequest request) {
		if (referer == null || referer.isBlank()) {
			return "/runs";
		}
		try {
			URI uri = new URI(referer);
			boolean sameSite = request.getServerName().equalsIgnoreCase(uri.getHost())
					&& effectivePort(uri) == request.getServerPort();
			String path = uri.getRawPath();
			if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/lang")
					|| path.contains("\\")) {
				return "/runs";
			}
			return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
		}
		catch (URISyntaxException ex) {
			return "/runs";
		}
	}

	private static int effectivePort(URI uri) {
		if (uri.getPort() != -1) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}
