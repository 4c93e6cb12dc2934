package ir.tasvieh.provider.vandar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.web.util.UriUtils;

import ir.tasvieh.provider.sandbox.SandboxSwitch;

/**
 * Where Vandar is called, for which business, and the tokens to start from: the real
 * APIs, or the built-in sandbox of this very application.
 *
 * @param apiBaseUrl gives the API base URL at call time (the sandbox's port is only known
 * once the web server has started)
 * @param batchBaseUrl gives the batch base URL at call time
 * @param business the business, or {@code null} when not configured
 * @param accessToken the configured access token, or {@code null}
 * @param refreshToken the configured refresh token, or {@code null}
 * @param sandbox whether this is the built-in sandbox
 */
record VandarEndpoint(Supplier<URI> apiBaseUrl, Supplier<URI> batchBaseUrl, String business, String accessToken,
		String refreshToken, boolean sandbox) {

	static final String SANDBOX_PATH = "/sandbox/vandar";

	/** The sandbox accepts exactly this pair as the first valid tokens. */
	static final String SANDBOX_ACCESS_TOKEN = "sandbox-access-0";

	static final String SANDBOX_REFRESH_TOKEN = "sandbox-refresh-0";

	/**
	 * {@code tasvieh.sandbox.enabled}, or, when it is not set, whether no credentials are
	 * set at all: neither Vandar's tokens nor NextPay's {@code wid} and {@code auth}.
	 */
	static VandarEndpoint of(VandarSettings settings, Environment environment) {
		boolean sandbox = SandboxSwitch.isOn(environment,
				settings.accessToken() != null || settings.refreshToken() != null);
		if (!sandbox) {
			URI api = settings.apiBaseUrl();
			URI batch = settings.batchBaseUrl();
			return new VandarEndpoint(() -> api, () -> batch, settings.business(), settings.accessToken(),
					settings.refreshToken(), false);
		}
		boolean configured = settings.accessToken() != null || settings.refreshToken() != null;
		return new VandarEndpoint(() -> SandboxSwitch.url(environment, "/vandar/api"),
				() -> SandboxSwitch.url(environment, "/vandar/batch"),
				(settings.business() != null) ? settings.business() : "sandbox",
				configured ? settings.accessToken() : SANDBOX_ACCESS_TOKEN,
				configured ? settings.refreshToken() : SANDBOX_REFRESH_TOKEN, true);
	}

	/** Whether the business and a token are there; without them nothing is sent. */
	boolean configured() {
		return this.business != null && (this.accessToken != null || this.refreshToken != null);
	}

	/** A URL below the API base: {@code path} starts with {@code /}. */
	URI api(String path) {
		return join(this.apiBaseUrl.get(), path);
	}

	/** A URL below the batch base: {@code path} starts with {@code /}. */
	URI batch(String path) {
		return join(this.batchBaseUrl.get(), path);
	}

	/** {@code /business/{business}}, the business encoded as one path segment. */
	String businessPath() {
		return "/business/" + segment(this.business);
	}

	static String segment(String text) {
		return UriUtils.encodePathSegment(text, StandardCharsets.UTF_8);
	}

	private static URI join(URI base, String path) {
		String text = base.toString();
		return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
	}

	/** How the start-up log names this endpoint. */
	String describe() {
		if (this.sandbox) {
			return "the built-in sandbox (this app, on its own port) at " + SANDBOX_PATH + " for business "
					+ this.business;
		}
		return this.apiBaseUrl.get() + " and " + this.batchBaseUrl.get()
				+ (configured() ? " for business " + this.business
						: " (tasvieh.vandar.business and a token are not set: nothing will be sent)");
	}

	@Override
	public String toString() {
		return "VandarEndpoint[" + describe() + "]";
	}

}
