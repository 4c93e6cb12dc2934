package ir.tasvieh.provider.sandbox;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the built-in sandbox is on, and where it answers: asked by the sandbox itself
 * (whether to serve) and by both clients (whether to call it instead of the provider), so
 * that the three never disagree. It is on when {@code tasvieh.sandbox.enabled} is true,
 * or when that is unset and no provider credential is set at all (SPEC 8).
 */
public final class SandboxSwitch {

	static final String[] CREDENTIALS = { "tasvieh.nextpay.wid", "tasvieh.nextpay.auth", "tasvieh.vandar.access-token",
			"tasvieh.vandar.refresh-token" };

	private SandboxSwitch() {
	}

	/**
	 * Whether the sandbox is on.
	 * @param ownCredentials whether the asking client holds credentials of its own (bound
	 * from its settings, which may come from elsewhere than the environment)
	 */
	public static boolean isOn(Environment environment, boolean ownCredentials) {
		Boolean enabled = explicitly(environment);
		if (enabled != null) {
			return enabled;
		}
		return !ownCredentials && credentialIn(environment) == null;
	}

	/** {@code tasvieh.sandbox.enabled} when set, else {@code null}. */
	static Boolean explicitly(Environment environment) {
		String enabled = environment.getProperty("tasvieh.sandbox.enabled");
		return StringUtils.hasText(enabled) ? Boolean.parseBoolean(enabled.trim()) : null;
	}

	/** The first provider credential set in the environment, or {@code null}. */
	static String credentialIn(Environment environment) {
		for (String credential : CREDENTIALS) {
			if (StringUtils.hasText(environment.getProperty(credential))) {
				return credential;
			}
		}
		return null;
	}

	/**
	 * The sandbox's URL below {@code /sandbox} on this process's own server, on the
	 * loopback address.
	 * @param path such as {@code /nextpay} or {@code /vandar/api}
	 */
	public static URI url(Environment environment, String path) {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		if (contextPath.endsWith("/")) {
			contextPath = contextPath.substring(0, contextPath.length() - 1);
		}
		return URI.create("http://127.0.0.1:" + port + contextPath + "/sandbox" + path);
	}

}
