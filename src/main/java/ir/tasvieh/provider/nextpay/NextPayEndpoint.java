package ir.tasvieh.provider.nextpay;

import java.net.URI;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;

import ir.tasvieh.provider.sandbox.SandboxSwitch;

/**
 * Where NextPay is called and with which credentials: the real web services, or the
 * built-in sandbox of this very application.
 *
 * @param baseUrl gives the base URL at call time (the sandbox's port is only known once
 * the web server has started)
 * @param wid the web service id, or {@code null} when not configured
 * @param auth the web service secret, or {@code null} when not configured
 * @param sandbox whether this is the built-in sandbox
 */
record NextPayEndpoint(Supplier<URI> baseUrl, String wid, String auth, boolean sandbox) {

	static final String SANDBOX_PATH = "/sandbox/nextpay";

	/**
	 * {@code tasvieh.sandbox.enabled}, or, when it is not set, whether no credentials are
	 * set at all: neither NextPay's {@code wid} and {@code auth} nor Vandar's tokens.
	 */
	static NextPayEndpoint of(NextPaySettings settings, Environment environment) {
		boolean sandbox = SandboxSwitch.isOn(environment, settings.wid() != null || settings.auth() != null);
		if (!sandbox) {
			URI baseUrl = settings.baseUrl();
			return new NextPayEndpoint(() -> baseUrl, settings.wid(), settings.auth(), false);
		}
		return new NextPayEndpoint(() -> SandboxSwitch.url(environment, "/nextpay"),
				(settings.wid() != null) ? settings.wid() : "1",
				(settings.auth() != null) ? settings.auth() : "sandbox", true);
	}

	/** Whether both credentials are there; without them nothing is sent. */
	boolean configured() {
		return this.wid != null && this.auth != null;
	}

	/** The URL of one operation. */
	String url(String operation) {
		String base = this.baseUrl.get().toString();
		return (base.endsWith("/") ? base : base + "/") + operation;
	}

	/** How the start-up log names this endpoint. */
	String describe() {
		if (this.sandbox) {
			return "the built-in sandbox (this app, on its own port) at " + SANDBOX_PATH;
		}
		return this.baseUrl.get()
				+ (configured() ? "" : " (tasvieh.nextpay.wid/auth are not set: nothing will be sent)");
	}

	@Override
	public String toString() {
		return "NextPayEndpoint[" + describe() + ", wid=" + this.wid + "]";
	}

}
