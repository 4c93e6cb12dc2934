package ir.tasvieh.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what (SPEC 9.1): {@code /api/**} signs in with HTTP Basic, stateless and
 * without CSRF tokens, and answers refusals in JSON; pages sign in with the
 * {@code /login} form, with CSRF protection and a session; {@code /sandbox/**} answers
 * the local machine only. FINANCE uploads; MANAGER approves, rejects and retries; any
 * signed-in user reads. Actuator (SPEC 9.8): health answers anyone (its details only a
 * MANAGER), Prometheus a MANAGER or the local machine, the rest a MANAGER; the OpenAPI
 * document needs a signed-in user, by session or HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@EnableConfigurationProperties({ UserSettings.class, WebSettings.class, UploadSettings.class })
class WebSecurity {

	static final String FINANCE = "FINANCE";

	static final String MANAGER = "MANAGER";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none';"
			+ " form-action 'self'; base-uri 'self'";

	// Only an IP literal is parsed, so that no address ever triggers a DNS lookup.
	private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	@Bean
	PasswordEncoder passwordEncoder() {
		// Reads {bcrypt}, {noop} and Spring Security's other encoded forms; encodes with
		// bcrypt.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(SignInUsers users, PasswordEncoder encoder, WebSettings settings) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users.userDetailsService());
		provider.setPasswordEncoder(encoder);
		return new SignInThrottle(new ProviderManager(provider), settings.signInAttempts(), settings.signInLock(),
				Clock.systemUTC());
	}

	@Bean
	ApiErrorWriter apiErrorWriter(JsonMapper json) {
		return new ApiErrorWriter(json);
	}

	@Bean
	@Order(1)
	SecurityFilterChain sandboxChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/sandbox/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(new Http403ForbiddenEntryPoint()))
			.authorizeHttpRequests((requests) -> requests.anyRequest().access(loopbackOnly()));
		return http.build();
	}

	/**
	 * {@code /internal/backup}: a {@code backup} command asks the serving process for a
	 * copy of the database; the handler itself checks the caller's key and machine.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain internalChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/internal/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		return http.build();
	}

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
				.access(AuthorizationManagers.anyOf(loopbackOnly(), AuthorityAuthorizationManager.hasRole(MANAGER)))
				.anyRequest()
				.hasRole(MANAGER));
		return http.build();
	}

	/**
	 * The OpenAPI document: for a person signed in on the pages (the Swagger UI reads it
	 * with their session) and for a script with HTTP Basic.
	 */
	@Bean
	@Order(3)
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

	@Bean
	@Order(4)
	SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiErrorWriter errors)
			throws Exception {
		http.securityMatcher("/api/**")
			.authenticationManager(authenticationManager)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.httpBasic((basic) -> basic.realmName("tasvieh").authenticationEntryPoint(errors))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(errors).accessDeniedHandler(errors))
			.headers(WebSecurity::securityHeaders)
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/runs")
				.hasRole(FINANCE)
				.requestMatchers(HttpMethod.POST, "/api/runs/*/approve", "/api/runs/*/reject", "/api/runs/*/retry")
				.hasRole(MANAGER)
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(5)
	SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
		http.authenticationManager(authenticationManager)
			.formLogin((form) -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.defaultSuccessUrl("/runs")
				.failureHandler(signInFailure())
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.headers(WebSecurity::securityHeaders)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/lang")
				.permitAll()
				.anyRequest()
				.authenticated());
		return http.build();
	}

	private static AuthenticationFailureHandler signInFailure() {
		LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> handlers = new LinkedHashMap<>();
		handlers.put(LockedException.class, new SimpleUrlAuthenticationFailureHandler("/login?locked"));
		return new DelegatingAuthenticationFailureHandler(handlers,
				new SimpleUrlAuthenticationFailureHandler("/login?error"));
	}

	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			.contentTypeOptions((noSniff) -> {
			})
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

	/** Lets through requests from 127.0.0.0/8 and ::1 only. */
	static AuthorizationManager<RequestAuthorizationContext> loopbackOnly() {
		return (authentication, context) -> new AuthorizationDecision(isLoopback(context.getRequest().getRemoteAddr()));
	}

	static boolean isLoopback(String address) {
		if (address == null || !IP_LITERAL.matcher(address).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
