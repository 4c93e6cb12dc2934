package ir.tasvieh.provider.sandbox;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The sandbox's settings and the filter that keeps it to the local machine (SPEC 9.1).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnSandbox
@EnableConfigurationProperties(SandboxSettings.class)
class SandboxConfiguration {

	@Bean
	FilterRegistrationBean<LoopbackOnlyFilter> sandboxLoopbackOnlyFilter() {
		FilterRegistrationBean<LoopbackOnlyFilter> registration = new FilterRegistrationBean<>(
				new LoopbackOnlyFilter());
		registration.addUrlPatterns("/sandbox/*");
		// Before anything else sees the request, security included.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
