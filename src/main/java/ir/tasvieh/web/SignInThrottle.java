package ir.tasvieh.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Limits sign-in failures per username, for the sign-in form and HTTP Basic alike: after
 * {@code attempts} misses in a row the username is locked for {@code lockFor}, even for
 * the right password. Unknown usernames are counted the same way, so the answers do not
 * tell which usernames exist.
 */
class SignInThrottle implements AuthenticationManager {

	private static final Log logger = LogFactory.getLog(SignInThrottle.class);

	/** Beyond this many tracked names, entries that hold no lock are dropped. */
	private static final int MAX_TRACKED = 10_000;

	private final AuthenticationManager delegate;

	private final int attempts;

	private final Duration lockFor;

	private final Clock clock;

	private final Map<String, Misses> misses = new ConcurrentHashMap<>();

	SignInThrottle(AuthenticationManager delegate, int attempts, Duration lockFor, Clock clock) {
		this.delegate = delegate;
		this.attempts = attempts;
		this.lockFor = lockFor;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String key = String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT);
		Instant now = this.clock.instant();
		Misses before = this.misses.get(key);
		if (before != null && before.lockedUntil() != null && now.isBefore(before.lockedUntil())) {
			throw new SignInLocked(Duration.between(now, before.lockedUntil()));
		}
		try {
			Authentication authenticated = this.delegate.authenticate(authentication);
			this.misses.remove(key);
			return authenticated;
		}
		catch (BadCredentialsException ex) {
			Misses after = this.misses.compute(key, (name, earlier) -> miss(earlier, now));
			if (after.lockedUntil() != null) {
				logger.warn("Sign-in for '" + key + "' is locked until " + after.lockedUntil() + " after "
						+ this.attempts + " failed attempts");
			}
			forgetOldEntries(now);
			throw ex;
		}
	}

	private Misses miss(Misses earlier, Instant now) {
		// A lock that ran out starts a fresh count.
		int count = (earlier == null || earlier.lockedUntil() != null) ? 1 : earlier.count() + 1;
		return (count >= this.attempts) ? new Misses(count, now.plus(this.lockFor)) : new Misses(count, null);
	}

	private void forgetOldEntries(Instant now) {
		if (this.misses.size() > MAX_TRACKED) {
			this.misses.values().removeIf((entry) -> entry.lockedUntil() == null || !now.isBefore(entry.lockedUntil()));
		}
	}

	private record Misses(int count, Instant lockedUntil) {

	}

	/** Sign-in refused because the username is locked for a while. */
	static class SignInLocked extends LockedException {

		private final Duration remaining;

		SignInLocked(Duration remaining) {
			super("Too many failed sign-ins for this user; try again in " + minutes(remaining) + " minute(s)");
			this.remaining = remaining;
		}

		Duration remaining() {
			return this.remaining;
		}

		private static long minutes(Duration remaining) {
			return Math.max(1, (remaining.toSeconds() + 59) / 60);
		}

	}

}
