package ir.tasvieh.web;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedPasswordsNoticeTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void printsTheGeneratedPasswordsOnceWhenServing() {
		SignInUsers users = users();
		GeneratedPasswordsNotice notice = notice(users, true);

		notice.onApplicationEvent(null);
		notice.onApplicationEvent(null);

		String printed = this.out.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("user finance  password ").contains("user manager  password ");
		assertThat(printed.split("user finance", -1)).hasSize(2);
		assertThat(users.takeGeneratedPasswords()).isEmpty();
	}

	@Test
	void printsNothingForACommandNobodySignsInTo() {
		SignInUsers users = users();

		notice(users, false).onApplicationEvent(null);

		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(users.takeGeneratedPasswords()).containsOnlyKeys("finance", "manager");
	}

	private GeneratedPasswordsNotice notice(SignInUsers users, boolean show) {
		WebSettings settings = new WebSettings(null, null, null, show, null);
		return new GeneratedPasswordsNotice(users, settings, new PrintStream(this.out, true, StandardCharsets.UTF_8));
	}

	private static SignInUsers users() {
		return new SignInUsers(new UserSettings(List.of()), PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

}
