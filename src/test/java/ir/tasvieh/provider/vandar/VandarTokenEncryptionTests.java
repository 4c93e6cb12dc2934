package ir.tasvieh.provider.vandar;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.unauthorized;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * With {@code tasvieh.secrets.key}, Vandar's tokens are in the database only as AES-GCM
 * ciphertext: rotated tokens are stored encrypted, read back by the next process with the
 * same key, refused (with a clear problem, not a wrong token) under another key, and
 * tokens stored before the key was set are encrypted on first use.
 */
class VandarTokenEncryptionTests {

	private static final String REFRESH_URL = "/api/v3/refreshtoken";

	private static final String BUSINESS_URL = "/api/v2/business/acme";

	private static final String ROTATED_ACCESS = "acc-S3cret-rotated-under-key";

	private static final String ROTATED_REFRESH = "ref-S3cret-rotated-under-key";

	@RegisterExtension
	static WireMockExtension vandar = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

	private final TokenCipher cipher = TokenCipher.of(randomKey());

	private DataSource database;

	@BeforeEach
	void setUp() {
		this.database = VandarFixtures.database();
		vandar.stubFor(
				get(BUSINESS_URL).willReturn(unauthorized().withBody("{\"status\":0,\"error\":\"Unauthenticated\"}")));
		vandar.stubFor(post(REFRESH_URL).willReturn(okJson("{\"token_type\":\"Bearer\",\"expires_in\":432000,"
				+ "\"access_token\":\"" + ROTATED_ACCESS + "\",\"refresh_token\":\"" + ROTATED_REFRESH + "\"}")));
		vandar.stubFor(get(BUSINESS_URL).withHeader("Authorization", equalTo("Bearer " + ROTATED_ACCESS))
			.willReturn(okJson("{\"status\":1,\"data\":{\"deductible_amount\":1000}}")));
	}

	@Test
	void storesTheRotatedTokensOnlyAsCiphertextAndReadsThemBackWithTheSameKey() {
		assertThat(provider(this.cipher).balance().availableIrr()).isEqualTo(10_000);

		String stored = storedRow();
		assertThat(stored).doesNotContain(ROTATED_ACCESS)
			.doesNotContain(ROTATED_REFRESH)
			.doesNotContain(VandarFixtures.ACCESS)
			.doesNotContain(VandarFixtures.REFRESH)
			.contains(TokenCipher.PREFIX);

		// The next process with the same key uses the stored (rotated) tokens as they
		// are.
		assertThat(provider(this.cipher).balance().availableIrr()).isEqualTo(10_000);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL)))).hasSize(1);
	}

	@Test
	void refusesToUseTokensEncryptedUnderAnotherKeyAndSaysWhy() {
		assertThat(provider(this.cipher).balance().availableIrr()).isEqualTo(10_000);

		var balance = provider(TokenCipher.of(randomKey())).balance();
		assertThat(balance.availableIrr()).isNull();
		assertThat(balance.message()).contains("tasvieh.secrets.key is not the key they were encrypted with")
			.doesNotContain(ROTATED_ACCESS);
		var withoutKey = provider(TokenCipher.none()).balance();
		assertThat(withoutKey.message()).contains("they are encrypted and tasvieh.secrets.key is not set");
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL)))).hasSize(1);
	}

	@Test
	void encryptsTokensStoredBeforeTheKeyWasSet() {
		assertThat(provider(TokenCipher.none()).balance().availableIrr()).isEqualTo(10_000);
		assertThat(storedRow()).contains(ROTATED_REFRESH);

		assertThat(provider(this.cipher).balance().availableIrr()).isEqualTo(10_000);
		assertThat(storedRow()).doesNotContain(ROTATED_ACCESS).doesNotContain(ROTATED_REFRESH);
		assertThat(vandar.findAll(postRequestedFor(urlEqualTo(REFRESH_URL)))).hasSize(1);
	}

	@Test
	void bindsEachCiphertextToItsBusinessAndToken() throws TokenCipher.Locked {
		String sealed = this.cipher.seal("a-token", "acme", "refresh");
		assertThat(this.cipher.open(sealed, "acme", "refresh")).isEqualTo("a-token");
		assertThat(this.cipher.seal("a-token", "acme", "refresh")).isNotEqualTo(sealed);
		for (String[] elsewhere : new String[][] { { "other", "refresh" }, { "acme", "access" } }) {
			try {
				this.cipher.open(sealed, elsewhere[0], elsewhere[1]);
				throw new AssertionError("opened under " + String.join("/", elsewhere));
			}
			catch (TokenCipher.Locked expected) {
				assertThat(expected.getMessage()).doesNotContain("a-token");
			}
		}
	}

	@Test
	void refusesAKeyThatIsNotThirtyTwoBytesOfBase64WithoutPrintingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretsSettings("not base64 at all!"))
			.withMessageContaining("openssl rand -base64 32")
			.withMessageNotContaining("not base64 at all");
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretsSettings("c2hvcnQ="))
			.withMessageContaining("must be 32 bytes in base64, not 5");
		assertThat(new SecretsSettings(null).cipher().encrypts()).isFalse();
		assertThat(new SecretsSettings(Base64.getEncoder().encodeToString(randomKey())).toString())
			.isEqualTo("SecretsSettings[key=(set)]");
	}

	private VandarProvider provider(TokenCipher cipher) {
		return VandarFixtures.provider(vandar, this.database, VandarFixtures.ACCESS, VandarFixtures.REFRESH,
				Duration.ofSeconds(5), cipher);
	}

	private String storedRow() {
		Map<String, Object> row = new JdbcTemplate(this.database)
			.queryForMap("SELECT access_token, refresh_token FROM vandar_token WHERE business = 'acme'");
		return row.toString();
	}

	private static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
