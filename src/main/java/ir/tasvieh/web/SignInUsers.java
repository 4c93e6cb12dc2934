package ir.tasvieh.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Component;

import ir.tasvieh.web.UserSettings.Role;

/**
 * The people who may sign in, from {@code tasvieh.users}. With none configured,
 * {@code finance} (FINANCE) and {@code manager} (MANAGER) get random passwords, which
 * {@link GeneratedPasswordsNotice} prints once when {@code serve} starts: there is never
 * a fixed default password.
 */
@Component
class SignInUsers {

	private static final Log logger = LogFactory.getLog(SignInUsers.class);

	private static final SecureRandom random = new SecureRandom();

	private final InMemoryUserDetailsManager users;

	private Map<String, String> generatedPasswords;

	SignInUsers(UserSettings settings, PasswordEncoder encoder) {
		List<UserDetails> details = new ArrayList<>();
		Map<String, String> generated = new LinkedHashMap<>();
		if (settings.users().isEmpty()) {
			generated.put("finance", newPassword());
			generated.put("manager", newPassword());
			details.add(user("finance", encoder.encode(generated.get("finance")), List.of(Role.FINANCE)));
			details.add(user("manager", encoder.encode(generated.get("manager")), List.of(Role.MANAGER)));
		}
		for (UserSettings.User user : settings.users()) {
			if (user.plainTextPassword()) {
				logger.warn("The password of user '" + user.username() + "' is configured in plain text ({noop});"
						+ " use a {bcrypt} hash outside trials");
			}
			details.add(user(user.username(), user.password(), user.roles()));
		}
		this.users = new InMemoryUserDetailsManager(details);
		this.generatedPasswords = generated;
	}

	private static UserDetails user(String username, String encodedPassword, List<Role> roles) {
		return User.withUsername(username)
			.password(encodedPassword)
			.roles(roles.stream().map(Role::name).toArray(String[]::new))
			.build();
	}

	private static String newPassword() {
		byte[] bytes = new byte[15];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	UserDetailsService userDetailsService() {
		return this.users;
	}

	/**
	 * The passwords generated because no user is configured (username to password),
	 * handed out once: a second call gets an empty map, so they are printed once and then
	 * kept only as hashes.
	 */
	synchronized Map<String, String> takeGeneratedPasswords() {
		Map<String, String> taken = this.generatedPasswords;
		this.generatedPasswords = Map.of();
		return taken;
	}

}
