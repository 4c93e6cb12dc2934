package ir.tasvieh.provider.vandar;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts Vandar's tokens for the database with AES-256-GCM under
 * {@code tasvieh.secrets.key}: a stored value is {@value #PREFIX} and the base64 of a
 * random 12-byte nonce followed by the ciphertext and its tag. The business and which
 * token it is are authenticated with it, so a value copied to another row or column does
 * not decrypt. Without a key, tokens are stored as they are (see docs/payments.md,
 * "Paying through Vandar").
 */
final class TokenCipher {

	static final String PREFIX = "{aes-gcm}";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	private TokenCipher(SecretKey key) {
		this.key = key;
	}

	/** A cipher that stores tokens as they are. */
	static TokenCipher none() {
		return new TokenCipher(null);
	}

	/** A cipher under a 256-bit key. */
	static TokenCipher of(byte[] key) {
		return new TokenCipher(new SecretKeySpec(key, "AES"));
	}

	boolean encrypts() {
		return this.key != null;
	}

	/** The value to store for a token; {@code null} stays {@code null}. */
	String seal(String token, String business, String which) {
		if (token == null || this.key == null) {
			return token;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context(business, which));
			byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/**
	 * The token a stored value holds.
	 * @throws Locked when it is encrypted and there is no key, or not the key it was
	 * encrypted with
	 */
	String open(String stored, String business, String which) throws Locked {
		if (stored == null || !isSealed(stored)) {
			return stored;
		}
		if (this.key == null) {
			throw new Locked("they are encrypted and tasvieh.secrets.key is not set");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(context(business, which));
			byte[] token = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(token, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new Locked("tasvieh.secrets.key is not the key they were encrypted with");
		}
	}

	/** Which configured pair a row started from, without keeping the pair itself. */
	static String fingerprint(String access, String refresh) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			byte[] digest = sha256.digest((access + "\n" + refresh).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(PREFIX);
	}

	private static byte[] context(String business, String which) {
		return ("vandar_token\n" + business + "\n" + which).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "TokenCipher[" + (encrypts() ? "AES-256-GCM" : "none") + "]";
	}

	/** Stored tokens that cannot be decrypted here. */
	static final class Locked extends Exception {

		Locked(String why) {
			super("The stored Vandar tokens cannot be read: " + why);
		}

	}

}
