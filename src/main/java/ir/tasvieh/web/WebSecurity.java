package ir.tasvieh.web;

import java.time.Clock;
import java.util.LinkedHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what (SPEC 9.1): {@code /api/**} signs in with HTTP Basic, stateless and
 * without CSRF tokens, and answers refusals in JSON; pages sign in with the
 * {@code /login} form, with CSRF protection and a session; the sandbox keeps its own
 * chain, first of all. FINANCE uploads; MANAGER approves, rejects and retries; any
 * signed-in user reads.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
@EnableMethodSecurity
class WebSecurity {

	static final String FINANCE = "FINANCE";

	static final String MANAGER = "MANAGER";

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none';"
			+ " form-action 'self'; base-uri 'self'";

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
	@Order(2)
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
				.requestMatchers(HttpMethod.POST, "/api/runs/*/approve", "/api/runs/*/reject", "/api/runs/*/retry",
						"/api/runs/*/decisions", "/api/decisions/*/confirm")
				.hasRole(MANAGER)
				.anyRequest()
				.authenticated());
		return http.build();
	}

	@Bean
	@Order(3)
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

	static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			.contentTypeOptions((noSniff) -> {
			})
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
	}

}
