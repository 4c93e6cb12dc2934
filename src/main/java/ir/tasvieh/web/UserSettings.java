package ir.tasvieh.web;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * {@code tasvieh.users[N].username}, {@code .password} (Spring Security's encoded form,
 * {@code {bcrypt}$2a$…}) and {@code .roles} ({@code FINANCE}, {@code MANAGER} or both).
 * An empty list means {@code finance} and {@code manager} get generated passwords.
 *
 * @param users the people who may sign in: {@code username}, {@code password} (an encoded
 * form such as {@code {bcrypt}…}) and {@code roles} ({@code FINANCE}, {@code MANAGER})
 */
@ConfigurationProperties("tasvieh")
record UserSettings(List<User> users) {

	UserSettings {
		users = (users != null) ? List.copyOf(users) : List.of();
		long distinct = users.stream().map((user) -> user.username().toLowerCase(Locale.ROOT)).distinct().count();
		if (distinct != users.size()) {
			throw new IllegalArgumentException("tasvieh.users names the same username twice");
		}
	}

	/** One configured user; a bad entry stops start-up with a message naming it. */
	record User(String username, String password, List<Role> roles) {

		User {
			if (!StringUtils.hasText(username) || !username.equals(username.strip())) {
				throw new IllegalArgumentException("A user in tasvieh.users has no username (or one with spaces"
						+ " around it): set tasvieh.users[N].username");
			}
			if (!StringUtils.hasText(password) || !password.startsWith("{") || password.indexOf('}') < 2) {
				throw new IllegalArgumentException("tasvieh.users: the password of '" + username
						+ "' must be in Spring Security's encoded form, {bcrypt}$2a$... (or {noop}... for trying out)");
			}
			if (roles == null || roles.isEmpty()) {
				throw new IllegalArgumentException(
						"tasvieh.users: '" + username + "' has no roles; give FINANCE, MANAGER or both");
			}
			roles = List.copyOf(roles);
		}

		boolean plainTextPassword() {
			return this.password.startsWith("{noop}");
		}

		@Override
		public String toString() {
			// The encoded password stays out of logs and binding errors.
			return "User[username=" + this.username + ", roles=" + this.roles + "]";
		}

	}

	/** What a user may do: FINANCE uploads, MANAGER approves, rejects and retries. */
	enum Role {

		FINANCE, MANAGER

	}

}
