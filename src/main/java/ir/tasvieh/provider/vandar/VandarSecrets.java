package ir.tasvieh.provider.vandar;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every token this process has known, so that none is ever written anywhere: answers,
 * messages and logs pass through {@link #scrub}.
 */
final class VandarSecrets {

	/** Shorter values are left alone: replacing them would garble ordinary text. */
	private static final int MIN_SCRUBBED = 8;

	private final Set<String> secrets = ConcurrentHashMap.newKeySet();

	void add(String secret) {
		if (secret != null && secret.length() >= MIN_SCRUBBED) {
			this.secrets.add(secret);
		}
	}

	String scrub(String text) {
		if (text == null) {
			return null;
		}
		String scrubbed = text;
		for (String secret : this.secrets) {
			scrubbed = scrubbed.replace(secret, "******");
		}
		return scrubbed;
	}

}
