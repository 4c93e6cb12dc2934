package ir.tasvieh.provider.nextpay;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The NextPay client, pointed at NextPay or, without credentials, at the built-in
 * sandbox.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NextPaySettings.class)
class NextPayConfiguration {

	private static final Log logger = LogFactory.getLog(NextPayConfiguration.class);

	@Bean
	NextPayEndpoint nextPayEndpoint(NextPaySettings settings, Environment environment) {
		NextPayEndpoint endpoint = NextPayEndpoint.of(settings, environment);
		logger.info("NextPay " + settings.mode() + " calls " + endpoint.describe());
		return endpoint;
	}

	@Bean
	NextPayClient nextPayClient(NextPayEndpoint endpoint, NextPaySettings settings) {
		return new NextPayClient(endpoint, settings);
	}

}
