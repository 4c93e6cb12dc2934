package ir.tasvieh.provider.vandar;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import ir.tasvieh.provider.ProviderCalls;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.ProviderSettings;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Vandar client, pointed at Vandar or, without credentials, at the built-in sandbox;
 * its tokens kept in the application's database.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ VandarSettings.class, SecretsSettings.class, ProviderSettings.class })
class VandarConfiguration {

	private static final Log logger = LogFactory.getLog(VandarConfiguration.class);

	@Bean
	VandarEndpoint vandarEndpoint(VandarSettings settings, ProviderSettings providers, Environment environment) {
		VandarEndpoint endpoint = VandarEndpoint.of(settings, environment);
		if (!endpoint.sandbox() && !endpoint.configured() && providers.provider() == ProviderName.VANDAR) {
			// Found now rather than by the first run, whose payouts could not be sent.
			throw new InvalidConfigurationPropertyValueException("tasvieh.vandar.access-token", null,
					"Vandar is the provider (tasvieh.provider) and the built-in sandbox is off, but"
							+ " tasvieh.vandar.business and a token (tasvieh.vandar.access-token,"
							+ " tasvieh.vandar.refresh-token) are not set. Set them from Vandar's dashboard (Settings,"
							+ " Tokens), or set tasvieh.sandbox.enabled=true to try tasvieh out.");
		}
		logger.info("Vandar batch settlement calls " + endpoint.describe());
		return endpoint;
	}

	@Bean
	VandarClient vandarClient(VandarEndpoint endpoint, VandarSettings settings, SecretsSettings secrets,
			DataSource dataSource, ObjectProvider<ProviderCalls> calls) {
		TokenCipher cipher = secrets.cipher();
		if (!cipher.encrypts() && !endpoint.sandbox() && endpoint.configured()) {
			logger.warn("tasvieh.secrets.key is not set: Vandar's tokens are stored in the database unencrypted."
					+ " Set it to 32 random bytes in base64 (openssl rand -base64 32) to encrypt them.");
		}
		return client(endpoint, settings, dataSource, Clock.systemUTC(), Duration.ofSeconds(1), cipher,
				calls.getIfAvailable(ProviderCalls::none));
	}

	/** Also how tests build one. */
	static VandarClient client(VandarEndpoint endpoint, VandarSettings settings, DataSource dataSource, Clock clock,
			Duration firstBackOff, TokenCipher cipher) {
		return client(endpoint, settings, dataSource, clock, firstBackOff, cipher, ProviderCalls.none());
	}

	static VandarClient client(VandarEndpoint endpoint, VandarSettings settings, DataSource dataSource, Clock clock,
			Duration firstBackOff, TokenCipher cipher, ProviderCalls calls) {
		// Its own transactions: the tokens are committed whatever the caller's
		// transaction does.
		TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		VandarSecrets secrets = new VandarSecrets();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		VandarTokens tokens = new VandarTokens(jdbc, transactions, endpoint, settings.refreshBefore(), secrets, clock,
				cipher);
		// The published limits are the account's: kept across instances on the database.
		VandarRateLimiter posts = new VandarRateLimiter(30, VandarRateLimiter.WINDOW,
				new SharedCallWindow(jdbc, transactions, "vandar-post", 30, VandarRateLimiter.WINDOW));
		VandarRateLimiter others = new VandarRateLimiter(100, VandarRateLimiter.WINDOW,
				new SharedCallWindow(jdbc, transactions, "vandar-other", 100, VandarRateLimiter.WINDOW));
		return new VandarClient(endpoint, settings, tokens, secrets, firstBackOff, posts, others, calls);
	}

}
