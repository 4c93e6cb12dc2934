package ir.tasvieh.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import ir.tasvieh.web.UserSettings.Role;
import ir.tasvieh.web.UserSettings.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SignInUsersTests {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void generatesRandomPasswordsForFinanceAndManagerWhenNoUserIsConfigured() {
		SignInUsers users = new SignInUsers(new UserSettings(null), this.encoder);
		SignInUsers others = new SignInUsers(new UserSettings(List.of()), this.encoder);

		Map<String, String> passwords = users.takeGeneratedPasswords();

		assertThat(passwords).containsOnlyKeys("finance", "manager");
		assertThat(passwords.values()).allSatisfy((password) -> assertThat(password).hasSizeGreaterThanOrEqualTo(16));
		assertThat(passwords.get("finance")).isNotEqualTo(passwords.get("manager"));
		assertThat(others.takeGeneratedPasswords().get("finance")).isNotEqualTo(passwords.get("finance"));
		UserDetails finance = users.userDetailsService().loadUserByUsername("finance");
		assertThat(finance.getPassword()).startsWith("{bcrypt}");
		assertThat(this.encoder.matches(passwords.get("finance"), finance.getPassword())).isTrue();
		assertThat(roles(finance)).containsExactly("ROLE_FINANCE");
		assertThat(roles(users.userDetailsService().loadUserByUsername("manager"))).containsExactly("ROLE_MANAGER");
	}

	@Test
	void handsTheGeneratedPasswordsOutOnce() {
		SignInUsers users = new SignInUsers(new UserSettings(null), this.encoder);

		assertThat(users.takeGeneratedPasswords()).hasSize(2);
		assertThat(users.takeGeneratedPasswords()).isEmpty();
	}

	@Test
	void takesConfiguredUsersAndGeneratesNothing() {
		String hash = this.encoder.encode("s3cret");
		SignInUsers users = new SignInUsers(
				new UserSettings(List.of(new User("leila", hash, List.of(Role.FINANCE, Role.MANAGER)))), this.encoder);

		assertThat(users.takeGeneratedPasswords()).isEmpty();
		UserDetails leila = users.userDetailsService().loadUserByUsername("leila");
		assertThat(this.encoder.matches("s3cret", leila.getPassword())).isTrue();
		assertThat(roles(leila)).containsExactlyInAnyOrder("ROLE_FINANCE", "ROLE_MANAGER");
	}

	@Test
	void refusesAPasswordThatIsNotInEncodedFormAndSaysWhose() {
		assertThatIllegalArgumentException().isThrownBy(() -> new User("leila", "s3cret", List.of(Role.FINANCE)))
			.withMessageContaining("leila")
			.withMessageContaining("{bcrypt}")
			.withMessageNotContaining("s3cret");
		assertThatIllegalArgumentException().isThrownBy(() -> new User("leila", "{noop}x", List.of()))
			.withMessageContaining("roles");
		assertThatIllegalArgumentException().isThrownBy(() -> new User(" ", "{noop}x", List.of(Role.FINANCE)))
			.withMessageContaining("username");
	}

	@Test
	void refusesTheSameUsernameTwice() {
		User one = new User("Leila", "{noop}a", List.of(Role.FINANCE));
		User two = new User("leila", "{noop}b", List.of(Role.MANAGER));

		assertThatIllegalArgumentException().isThrownBy(() -> new UserSettings(List.of(one, two)))
			.withMessageContaining("twice");
	}

	@Test
	void keepsPasswordsOutOfItsDescription() {
		assertThat(new User("leila", "{noop}s3cret", List.of(Role.FINANCE)).toString()).doesNotContain("s3cret");
	}

	private static List<String> roles(UserDetails user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
