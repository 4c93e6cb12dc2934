package ir.tasvieh.provider.sandbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;

import ir.tasvieh.network.LocalMachine;

/**
 * The sandbox's own security chain (SPEC 9.1): {@code /sandbox/**} has no sign-in, no
 * session and no CSRF token, as a provider's API has none, and answers the local machine
 * only. Kept even when the sandbox is off, so that its paths never fall through to the
 * pages' sign-in. First of the chains, so the pages' and the API's never see these paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SandboxSecurity {

	@Bean
	@Order(1)
	SecurityFilterChain sandboxChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/sandbox/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new Http403ForbiddenEntryPoint()))
			.authorizeHttpRequests((requests) -> requests.anyRequest()
				.access((authentication, context) -> new AuthorizationDecision(
						LocalMachine.isLoopback(context.getRequest().getRemoteAddr()))));
		return http.build();
	}

}
