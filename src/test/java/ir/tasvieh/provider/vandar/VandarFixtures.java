package ir.tasvieh.provider.vandar;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import ir.tasvieh.provider.PayoutOrder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Vandar providers pointed at a WireMock server, an H2 database, and orders to send. */
final class VandarFixtures {

	static final String ACCESS = "acc-S3cret-first-access";

	static final String REFRESH = "ref-S3cret-first-refresh";

	static final String BUSINESS = "acme";

	static final String BATCHES = "/batch/api/v2/business/acme/batches-settlement";

	static final String SHEBA = "IR820540102680020817909002";

	private VandarFixtures() {
	}

	/** A fresh in-memory database with the V6 migration applied. */
	static DataSource database() {
		DriverManagerDataSource dataSource = new DriverManagerDataSource(
				"jdbc:h2:mem:vandar-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
		try (InputStream in = VandarFixtures.class.getResourceAsStream("/db/migration/h2/V6__vandar_tokens.sql")) {
			String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
			new JdbcTemplate(dataSource).execute(sql);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return dataSource;
	}

	static VandarSettings settings(Duration readTimeout) {
		return new VandarSettings(null, null, BUSINESS, ACCESS, REFRESH, 100, Duration.ofSeconds(2), readTimeout,
				Duration.ofHours(1), 0);
	}

	static VandarProvider provider(WireMockExtension server, DataSource database) {
		return provider(server, database, ACCESS, REFRESH, Duration.ofSeconds(5));
	}

	static VandarProvider provider(WireMockExtension server, DataSource database, String access, String refresh,
			Duration readTimeout) {
		return provider(server, database, access, refresh, readTimeout, TokenCipher.none());
	}

	static VandarProvider provider(WireMockExtension server, DataSource database, String access, String refresh,
			Duration readTimeout, TokenCipher cipher) {
		VandarSettings settings = settings(readTimeout);
		URI api = URI.create(server.baseUrl() + "/api");
		URI batch = URI.create(server.baseUrl() + "/batch");
		VandarEndpoint endpoint = new VandarEndpoint(() -> api, () -> batch, BUSINESS, access, refresh, false);
		VandarClient client = VandarConfiguration.client(endpoint, settings, database, Clock.systemUTC(),
				Duration.ofMillis(50), cipher);
		return new VandarProvider(settings, endpoint, client);
	}

	static PayoutOrder sheba(long id, String tracker, long amountIrr) {
		return sheba(id, tracker, amountIrr, null, null);
	}

	static PayoutOrder sheba(long id, String tracker, long amountIrr, String description, String paymentNumber) {
		return new PayoutOrder(id, tracker, "SHEBA", SHEBA, amountIrr, "Ali Rezaei", description, paymentNumber, null);
	}

	static PayoutOrder card(long id, String tracker, long amountIrr) {
		return new PayoutOrder(id, tracker, "CARD", "6037997512345678", amountIrr, "Ali Rezaei", null, null, null);
	}

	static String sha512(String text) throws Exception {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-512").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	/** A batch details page in Laravel's pagination shape. */
	static String page(int page, int lastPage, String... items) {
		return "{\"data\":[" + String.join(",", items) + "],\"links\":{\"next\":"
				+ ((page < lastPage) ? "\"https://batch.vandar.io/api/v1/x?page=" + (page + 1) + "\"" : "null")
				+ "},\"meta\":{\"current_page\":" + page + ",\"last_page\":" + lastPage + ",\"per_page\":100}}";
	}

	static String item(String trackId, String status, String errorMessage) {
		return "{\"id\":\"" + UUID.randomUUID() + "\",\"track_id\":\"" + trackId
				+ "\",\"payment_number\":null,\"amount\":\"150000\",\"iban\":\"" + SHEBA + "\",\"status\":\"" + status
				+ "\",\"type\":\"ACH\",\"transaction_id\":162967221235,\"error_message\":"
				+ ((errorMessage != null) ? "\"" + errorMessage + "\"" : "null") + ",\"description\":null}";
	}

}
