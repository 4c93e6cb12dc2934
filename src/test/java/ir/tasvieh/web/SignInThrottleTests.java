package ir.tasvieh.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignInThrottleTests {

	private Instant now = Instant.parse("2026-01-01T10:00:00Z");

	private final SignInThrottle throttle = new SignInThrottle(SignInThrottleTests::check, 3, Duration.ofMinutes(5),
			new Clock() {
				@Override
				public Instant instant() {
					return SignInThrottleTests.this.now;
				}

				@Override
				public java.time.ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(java.time.ZoneId zone) {
					return this;
				}
			});

	@Test
	void locksAfterTheAllowedMissesEvenForTheRightPasswordUntilTheLockRunsOut() {
		miss("reza");
		miss("reza");
		miss("reza");

		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> signIn("reza", "right"))
			.withMessageContaining("5 minute");
		this.now = this.now.plus(Duration.ofMinutes(4));
		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> signIn("reza", "right"))
			.withMessageContaining("1 minute");
		this.now = this.now.plus(Duration.ofMinutes(1));
		assertThat(signIn("reza", "right").isAuthenticated()).isTrue();
	}

	@Test
	void aSuccessClearsTheMisses() {
		miss("nima");
		miss("nima");
		signIn("nima", "right");
		miss("nima");
		miss("nima");

		assertThat(signIn("nima", "right").isAuthenticated()).isTrue();
	}

	@Test
	void locksOneUsernameWithoutTheOthersAndIgnoresCase() {
		miss("Reza");
		miss("REZA");
		miss("reza");

		assertThatExceptionOfType(LockedException.class).isThrownBy(() -> signIn("reza", "right"));
		assertThat(signIn("nima", "right").isAuthenticated()).isTrue();
	}

	@Test
	void countsAfreshOnceALockRanOut() {
		miss("reza");
		miss("reza");
		miss("reza");
		this.now = this.now.plus(Duration.ofMinutes(6));

		miss("reza");

		assertThat(signIn("reza", "right").isAuthenticated()).isTrue();
	}

	private void miss(String username) {
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn(username, "wrong"));
	}

	private Authentication signIn(String username, String password) {
		return this.throttle.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
	}

	private static Authentication check(Authentication attempt) {
		if (!"right".equals(attempt.getCredentials())) {
			throw new BadCredentialsException("Bad credentials");
		}
		return UsernamePasswordAuthenticationToken.authenticated(attempt.getName(), null, java.util.List.of());
	}

}
