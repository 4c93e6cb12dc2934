package ir.tasvieh.web;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Prints the passwords generated because no user is configured, once, when the server
 * people sign in to has started: to the terminal that started it, never to the log, and
 * never again (they are kept only as hashes after this).
 */
@Component
class GeneratedPasswordsNotice implements ApplicationListener<ApplicationStartedEvent> {

	// Made only when the passwords are shown: every command hears this event, and the
	// users hash their passwords when made, a second of every start (issue 20).
	private final Supplier<SignInUsers> users;

	private final WebSettings settings;

	private final PrintStream out;

	@Autowired
	GeneratedPasswordsNotice(ObjectProvider<SignInUsers> users, WebSettings settings) {
		this(users::getObject, settings, System.out);
	}

	GeneratedPasswordsNotice(SignInUsers users, WebSettings settings, PrintStream out) {
		this(() -> users, settings, out);
	}

	private GeneratedPasswordsNotice(Supplier<SignInUsers> users, WebSettings settings, PrintStream out) {
		this.users = users;
		this.settings = settings;
		this.out = out;
	}

	@Override
	public void onApplicationEvent(ApplicationStartedEvent event) {
		if (!this.settings.showGeneratedPasswords()) {
			return;
		}
		Map<String, String> generated = this.users.get().takeGeneratedPasswords();
		if (!generated.isEmpty()) {
			this.out
				.println("No users are configured (tasvieh.users), so these passwords were generated for this start.");
			this.out.println(
					"They are shown only now; configure users to keep them (see docs/security.md, \"Users and passwords\"):");
			generated.forEach((user, password) -> this.out.println("  user " + user + "  password " + password));
		}
	}

}
