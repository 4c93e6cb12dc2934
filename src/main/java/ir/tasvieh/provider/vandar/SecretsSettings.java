package ir.tasvieh.provider.vandar;

import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.secrets}: the key that encrypts the secrets tasvieh stores (Vandar's
 * rotating tokens).
 *
 * @param key 32 random bytes in base64 ({@code openssl rand -base64 32}), or
 * {@code null}; never printed
 */
@ConfigurationProperties("tasvieh.secrets")
record SecretsSettings(String key) {

	private static final int KEY_BYTES = 32;

	SecretsSettings {
		key = (key == null || key.isBlank()) ? null : key.strip();
		if (key != null) {
			decode(key);
		}
	}

	/** The cipher for the configured key, or one that stores tokens as they are. */
	TokenCipher cipher() {
		return (this.key != null) ? TokenCipher.of(decode(this.key)) : TokenCipher.none();
	}

	private static byte[] decode(String key) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(key);
		}
		catch (IllegalArgumentException ex) {
			// Not the exception's message: it quotes the offending character of the key.
			throw new IllegalArgumentException(
					"tasvieh.secrets.key is not base64; make one with: openssl rand -base64 32");
		}
		if (bytes.length != KEY_BYTES) {
			throw new IllegalArgumentException("tasvieh.secrets.key must be " + KEY_BYTES + " bytes in base64, not "
					+ bytes.length + "; make one with: openssl rand -base64 32");
		}
		return bytes;
	}

	@Override
	public String toString() {
		return "SecretsSettings[key=" + ((this.key != null) ? "(set)" : "(unset)") + "]";
	}

}
