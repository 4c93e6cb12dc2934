package ir.tasvieh.provider.sandbox.vandar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ir.tasvieh.provider.sandbox.ConditionalOnSandbox;
import ir.tasvieh.provider.sandbox.SandboxDatabase;
import ir.tasvieh.provider.sandbox.SandboxSettings;

/**
 * The tokens the Vandar stand-in issued (not to be confused with the client's own
 * {@code provider.vandar.VandarTokens}): its one token pair, kept in the database so a
 * restarted sandbox honours them. A refresh is one conditional UPDATE on the refresh
 * token presented, so two refreshes racing with one token cannot both win; the loser gets
 * 401 as the real API's revoked token would.
 */
@Repository
@ConditionalOnSandbox
public class IssuedTokens {

	/** A pair handed out by a refresh. */
	record Pair(String accessToken, String refreshToken, Duration expiresIn) {

	}

	private static final String BEARER = "Bearer ";

	private final JdbcTemplate jdbc;

	private final Duration accessTokenTtl;

	private final Clock clock = Clock.systemUTC();

	IssuedTokens(SandboxDatabase database, SandboxSettings settings) {
		this.jdbc = database.jdbc();
		this.accessTokenTtl = settings.vandar().accessTokenTtl();
	}

	/**
	 * Whether the {@code Authorization} header carries the access token in force and not
	 * yet expired. The first pair's lifetime starts at its first use.
	 */
	boolean authenticates(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return false;
		}
		String token = authorization.substring(BEARER.length()).strip();
		Instant now = this.clock.instant();
		this.jdbc.update("UPDATE sandbox_vandar_token SET access_expires_at = ? WHERE id = 1 AND access_token = ?"
				+ " AND access_expires_at IS NULL", Timestamp.from(now.plus(this.accessTokenTtl)), token);
		Integer valid = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM sandbox_vandar_token WHERE id = 1 AND access_token = ? AND access_expires_at > ?",
				Integer.class, token, Timestamp.from(now));
		return valid != null && valid > 0;
	}

	/**
	 * Trades the refresh token in force for a new pair; the old access and refresh tokens
	 * stop working.
	 * @return the new pair, or empty when the token is not the one in force
	 */
	Optional<Pair> refresh(String refreshToken) {
		Integer generation = this.jdbc
			.query("SELECT generation FROM sandbox_vandar_token WHERE id = 1 AND refresh_token = ?",
					(rs, i) -> rs.getInt(1), refreshToken)
			.stream()
			.findFirst()
			.orElse(null);
		if (generation == null) {
			return Optional.empty();
		}
		int next = generation + 1;
		Pair pair = new Pair("sandbox-access-" + next, "sandbox-refresh-" + next, this.accessTokenTtl);
		int updated = this.jdbc.update("""
				UPDATE sandbox_vandar_token SET generation = ?, access_token = ?, refresh_token = ?,
				  access_expires_at = ? WHERE id = 1 AND refresh_token = ? AND generation = ?""", next,
				pair.accessToken(), pair.refreshToken(), Timestamp.from(this.clock.instant().plus(this.accessTokenTtl)),
				refreshToken, generation);
		return (updated == 1) ? Optional.of(pair) : Optional.empty();
	}

	/** Expires the access token in force now, so the next call with it gets 401. */
	public void expireAccessTokenNow() {
		this.jdbc.update("UPDATE sandbox_vandar_token SET access_expires_at = ? WHERE id = 1",
				Timestamp.from(this.clock.instant()));
	}

	/** The pair in force, for tests and demos that need to start from it. */
	Pair current() {
		return this.jdbc.queryForObject("SELECT access_token, refresh_token FROM sandbox_vandar_token WHERE id = 1",
				(rs, i) -> new Pair(rs.getString(1), rs.getString(2), this.accessTokenTtl));
	}

}
