package ir.tasvieh.web;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import ir.tasvieh.network.LocalMachine;

/**
 * Who may watch tasvieh (SPEC 9.8): actuator's health answers anyone (its parts only a
 * MANAGER), Prometheus a MANAGER or the local machine, the other exposed endpoints a
 * MANAGER; the OpenAPI document a signed-in user, by the pages' session or HTTP Basic.
 * Both chains come before the pages' catch-all chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OperationsSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain actuatorChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiErrorWriter errors) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authenticationManager(authenticationManager)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.realmName("tasvieh").authenticationEntryPoint(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
				.access(AuthorizationManagers.anyOf(localMachine(),
						AuthorityAuthorizationManager.hasRole(WebSecurity.MANAGER)))
				.anyRequest()
				.hasRole(WebSecurity.MANAGER));
		return http.build();
	}

	/**
	 * The OpenAPI document: for a person signed in on the pages (the Swagger UI reads it
	 * with their session) and for a script with HTTP Basic. The Swagger UI page itself is
	 * one of the pages.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocsChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiErrorWriter errors) throws Exception {
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
			.authenticationManager(authenticationManager)
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.realmName("tasvieh").authenticationEntryPoint(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.headers(WebSecurity::securityHeaders)
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return http.build();
	}

	/** Lets through requests from 127.0.0.0/8 and ::1 only. */
	static AuthorizationManager<RequestAuthorizationContext> localMachine() {
		return (authentication,
				context) -> new AuthorizationDecision(LocalMachine.isLoopback(context.getRequest().getRemoteAddr()));
	}

}
