package ir.tasvieh.provider.vandar;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tasvieh.vandar}: where and how Vandar's batch settlement is called.
 *
 * @param apiBaseUrl the base URL of auth, settlement and balance
 * @param batchBaseUrl the base URL of batch settlement
 * @param business the business's English name as in the dashboard
 * @param accessToken the first access token, or {@code null}; never printed
 * @param refreshToken the first refresh token, or {@code null}; never printed
 * @param batchSize how many settlements one batch request carries
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param refreshBefore how long before the access token expires it is refreshed
 * @param feeEstimateIrr the fee per payout expected on top of its amount (Vandar
 * publishes no fee table)
 */
@ConfigurationProperties("tasvieh.vandar")
record VandarSettings(URI apiBaseUrl, URI batchBaseUrl, String business, String accessToken, String refreshToken,
		@DefaultValue("100") int batchSize, Duration connectTimeout, Duration readTimeout, Duration refreshBefore,
		@DefaultValue("0") long feeEstimateIrr) {

	static final URI DEFAULT_API_BASE_URL = URI.create("https://api.vandar.io");

	static final URI DEFAULT_BATCH_BASE_URL = URI.create("https://batch.vandar.io");

	VandarSettings {
		apiBaseUrl = (apiBaseUrl != null) ? apiBaseUrl : DEFAULT_API_BASE_URL;
		batchBaseUrl = (batchBaseUrl != null) ? batchBaseUrl : DEFAULT_BATCH_BASE_URL;
		business = blankToNull(business);
		accessToken = blankToNull(accessToken);
		refreshToken = blankToNull(refreshToken);
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(5);
		readTimeout = (readTimeout != null) ? readTimeout : Duration.ofSeconds(30);
		refreshBefore = (refreshBefore != null) ? refreshBefore : Duration.ofHours(1);
		if (batchSize < 1 || feeEstimateIrr < 0 || refreshBefore.isNegative()) {
			throw new IllegalArgumentException(
					"tasvieh.vandar.batch-size must be at least 1, fee-estimate-irr and refresh-before at least 0");
		}
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	@Override
	public String toString() {
		// The tokens are secrets: say only whether they are set.
		return "VandarSettings[apiBaseUrl=" + this.apiBaseUrl + ", batchBaseUrl=" + this.batchBaseUrl + ", business="
				+ this.business + ", accessToken=" + set(this.accessToken) + ", refreshToken=" + set(this.refreshToken)
				+ ", batchSize=" + this.batchSize + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + ", refreshBefore=" + this.refreshBefore + ", feeEstimateIrr=" + this.feeEstimateIrr
				+ "]";
	}

	private static String set(String secret) {
		return (secret != null) ? "(set)" : "(unset)";
	}

}
