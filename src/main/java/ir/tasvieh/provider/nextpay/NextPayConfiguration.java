package ir.tasvieh.provider.nextpay;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import ir.tasvieh.provider.ProviderCalls;
import ir.tasvieh.provider.ProviderName;
import ir.tasvieh.provider.ProviderSettings;

/**
 * The NextPay client, pointed at NextPay or, without credentials, at the built-in
 * sandbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ NextPaySettings.class, ProviderSettings.class })
class NextPayConfiguration {

	private static final Log logger = LogFactory.getLog(NextPayConfiguration.class);

	@Bean
	NextPayEndpoint nextPayEndpoint(NextPaySettings settings, ProviderSettings providers, Environment environment) {
		NextPayEndpoint endpoint = NextPayEndpoint.of(settings, environment);
		if (!endpoint.sandbox() && !endpoint.configured() && providers.provider() == ProviderName.NEXTPAY) {
			// Found now rather than by the first run, whose payouts could not be sent.
			throw new InvalidConfigurationPropertyValueException("tasvieh.nextpay.wid", settings.wid(),
					"NextPay is the provider (tasvieh.provider) and the built-in sandbox is off, but"
							+ " tasvieh.nextpay.wid and tasvieh.nextpay.auth are not both set. Set them to the"
							+ " web-service id and secret from NextPay's panel (or TASVIEH_NEXTPAY_WID and"
							+ " TASVIEH_NEXTPAY_AUTH), or set tasvieh.sandbox.enabled=true to try tasvieh out.");
		}
		logger.info("NextPay " + settings.mode() + " calls " + endpoint.describe());
		return endpoint;
	}

	@Bean
	NextPayClient nextPayClient(NextPayEndpoint endpoint, NextPaySettings settings,
			ObjectProvider<ProviderCalls> calls) {
		return new NextPayClient(endpoint, settings, calls.getIfAvailable(ProviderCalls::none));
	}

}
