package ir.tasvieh.mail;

import java.net.URI;

/**
 * Where a run's page is reached, for the links in its mail. The web app makes it from
 * {@code tasvieh.web.base-url}; without a base URL mail carries no links.
 *
 * @param baseUrl the address people reach the web app at, such as
 * {@code https://tasvieh.example.ir}, or {@code null}
 */
public record RunLinks(URI baseUrl) {

	/** {@code <base-url>/runs/{id}<suffix>}, or {@code null} without a base URL. */
	String runLink(long runId, String suffix) {
		if (this.baseUrl == null || this.baseUrl.toString().isBlank()) {
			return null;
		}
		String base = this.baseUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/runs/" + runId + suffix;
	}

}
