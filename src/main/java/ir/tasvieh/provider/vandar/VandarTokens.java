package ir.tasvieh.provider.vandar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import ir.tasvieh.provider.client.AnswerFields;

/**
 * Vandar's access and refresh tokens, kept in {@code vandar_token} (one row per business)
 * because a refresh rotates the refresh token: the old one stops working, so the new one
 * must be stored before anything uses it. One refresh at a time, in this process (a lock)
 * and across instances (the row is locked with {@code SELECT ... FOR UPDATE} and re-read:
 * a token another refresh already replaced is not refreshed again).
 */
class VandarTokens {

	private static final Log logger = LogFactory.getLog(VandarTokens.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final VandarEndpoint endpoint;

	private final Duration refreshBefore;

	private final VandarSecrets secrets;

	private final Clock clock;

	private final ReentrantLock refreshing = new ReentrantLock();

	private final String configured;

	private final TokenCipher cipher;

	/**
	 * @param transactions a transaction template of its own (REQUIRES_NEW): the tokens
	 * are committed whatever the caller's transaction does
	 * @param cipher encrypts the tokens in the database
	 */
	VandarTokens(JdbcTemplate jdbc, TransactionTemplate transactions, VandarEndpoint endpoint, Duration refreshBefore,
			VandarSecrets secrets, Clock clock, TokenCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.transactions = transactions;
		this.endpoint = endpoint;
		this.refreshBefore = refreshBefore;
		this.secrets = secrets;
		this.clock = clock;
		secrets.add(endpoint.accessToken());
		secrets.add(endpoint.refreshToken());
		this.configured = TokenCipher.fingerprint(endpoint.accessToken(), endpoint.refreshToken());
	}

	/**
	 * The access token to call with, refreshed first when it expires within
	 * {@code refresh-before}.
	 */
	Access access(Function<String, VandarReply> refresh) {
		Row row;
		try {
			row = read(false);
			if (row == null || !this.configured.equals(row.configured())) {
				row = this.transactions.execute((status) -> seed());
			}
			else if (row.plain() && this.cipher.encrypts()) {
				this.transactions.executeWithoutResult((status) -> sealStored());
			}
		}
		catch (DataAccessException | TransactionException ex) {
			return Access.problem("could not read the Vandar tokens: " + ex.getClass().getSimpleName(), false);
		}
		if (row.locked() != null) {
			return locked(row);
		}
		Instant now = this.clock.instant();
		if (row.access() == null
				|| row.expiresAt() != null && !now.isBefore(row.expiresAt().minus(this.refreshBefore))) {
			Access renewed = renew(row.access(), refresh);
			if (!renewed.usable() && row.access() != null && row.expiresAt() != null && now.isBefore(row.expiresAt())) {
				// Still valid for a while: use it, the next call tries the refresh again.
				logger.warn("Vandar token refresh failed (" + renewed.problem() + "); using the current token until "
						+ row.expiresAt());
				return Access.of(row.access());
			}
			return renewed;
		}
		return Access.of(row.access());
	}

	/**
	 * A token to use instead of {@code rejected}: the one another refresh already stored,
	 * or a new one from Vandar.
	 */
	Access renew(String rejected, Function<String, VandarReply> refresh) {
		this.refreshing.lock();
		try {
			return this.transactions.execute((status) -> {
				Row row = read(true);
				if (row == null) {
					row = seed();
				}
				if (row.locked() != null) {
					return locked(row);
				}
				if (row.access() != null && !row.access().equals(rejected)) {
					return Access.of(row.access());
				}
				if (row.refresh() == null) {
					return Access.problem(VandarReply.TOKENS_EXPIRED + " (no refresh token is configured)", true);
				}
				VandarReply reply = refresh.apply(row.refresh());
				String access = AnswerFields.text(reply.json(), "access_token");
				String renewed = AnswerFields.text(reply.json(), "refresh_token");
				if (reply.success() && access != null) {
					this.secrets.add(access);
					this.secrets.add(renewed);
					Long seconds = AnswerFields.whole(AnswerFields.number(reply.json(), "expires_in"));
					Instant now = this.clock.instant();
					this.jdbc.update(
							"UPDATE vandar_token SET access_token = ?, refresh_token = ?, expires_at = ?, updated_at = ? WHERE business = ?",
							sealAccess(access), sealRefresh((renewed != null) ? renewed : row.refresh()),
							(seconds != null) ? Timestamp.from(now.plusSeconds(seconds)) : null, Timestamp.from(now),
							this.endpoint.business());
					logger.info("Vandar tokens refreshed for business " + this.endpoint.business());
					return Access.of(access);
				}
				if (reply.httpStatus() != null && List.of(400, 401, 403, 422).contains(reply.httpStatus())) {
					logger.error(VandarReply.TOKENS_EXPIRED + " (refresh answered HTTP " + reply.httpStatus() + ")");
					return Access.problem(VandarReply.TOKENS_EXPIRED, true);
				}
				// Not its message: the refresh answer is the one body that is not
				// scrubbed.
				String why = (reply.failure() != null) ? reply.failure() : "HTTP " + reply.httpStatus();
				return Access.problem("could not refresh the Vandar tokens: " + why, false);
			});
		}
		catch (DataAccessException | TransactionException ex) {
			return Access.problem("could not lock or store the Vandar tokens: " + ex.getClass().getSimpleName(), false);
		}
		finally {
			this.refreshing.unlock();
		}
	}

	/** Stores the configured tokens, unless the row already started from them. */
	private Row seed() {
		Row row = read(true);
		if (row != null && this.configured.equals(row.configured())) {
			return row;
		}
		Instant now = this.clock.instant();
		// Without an access token the refresh token is used at once.
		Timestamp expiresAt = (this.endpoint.accessToken() == null) ? Timestamp.from(Instant.EPOCH) : null;
		if (row == null) {
			try {
				this.jdbc.update(
						"INSERT INTO vandar_token (business, access_token, refresh_token, expires_at, configured_sha256, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
						this.endpoint.business(), sealAccess(this.endpoint.accessToken()),
						sealRefresh(this.endpoint.refreshToken()), expiresAt, this.configured, Timestamp.from(now));
			}
			catch (DuplicateKeyException ex) {
				// Another instance seeded it first.
				return read(true);
			}
		}
		else {
			// New tokens were configured (say, created in the dashboard): they win.
			this.jdbc.update(
					"UPDATE vandar_token SET access_token = ?, refresh_token = ?, expires_at = ?, configured_sha256 = ?, updated_at = ? WHERE business = ?",
					sealAccess(this.endpoint.accessToken()), sealRefresh(this.endpoint.refreshToken()), expiresAt,
					this.configured, Timestamp.from(now), this.endpoint.business());
			logger.info("Vandar tokens for business " + this.endpoint.business() + " replaced by the configured ones");
		}
		return new Row(this.endpoint.accessToken(), this.endpoint.refreshToken(),
				(expiresAt != null) ? expiresAt.toInstant() : null, this.configured, false, null);
	}

	/** Encrypts tokens stored before a key was configured, under the row's lock. */
	private void sealStored() {
		Row row = read(true);
		if (row != null && row.plain() && row.locked() == null) {
			this.jdbc.update("UPDATE vandar_token SET access_token = ?, refresh_token = ? WHERE business = ?",
					sealAccess(row.access()), sealRefresh(row.refresh()), this.endpoint.business());
			logger.info("Vandar tokens for business " + this.endpoint.business() + " are now stored encrypted");
		}
	}

	private Access locked(Row row) {
		logger.error(row.locked());
		return Access.problem(
				row.locked() + "; configure the key they were stored with, or new tokens from Vandar's" + " dashboard",
				true);
	}

	private String sealAccess(String token) {
		return this.cipher.seal(token, this.endpoint.business(), "access");
	}

	private String sealRefresh(String token) {
		return this.cipher.seal(token, this.endpoint.business(), "refresh");
	}

	private Row read(boolean lock) {
		List<Row> rows = this.jdbc.query(
				"SELECT access_token, refresh_token, expires_at, configured_sha256 FROM vandar_token WHERE business = ?"
						+ (lock ? " FOR UPDATE" : ""),
				(result, n) -> {
					Timestamp expiresAt = result.getTimestamp("expires_at");
					return row(result.getString("access_token"), result.getString("refresh_token"),
							(expiresAt != null) ? expiresAt.toInstant() : null, result.getString("configured_sha256"));
				}, this.endpoint.business());
		Row row = rows.isEmpty() ? null : rows.get(0);
		if (row != null) {
			this.secrets.add(row.access());
			this.secrets.add(row.refresh());
		}
		return row;
	}

	private Row row(String access, String refresh, Instant expiresAt, String configured) {
		boolean plain = (access != null && !TokenCipher.isSealed(access))
				|| (refresh != null && !TokenCipher.isSealed(refresh));
		try {
			return new Row(this.cipher.open(access, this.endpoint.business(), "access"),
					this.cipher.open(refresh, this.endpoint.business(), "refresh"), expiresAt, configured, plain, null);
		}
		catch (TokenCipher.Locked ex) {
			return new Row(null, null, expiresAt, configured, plain, ex.getMessage());
		}
	}

	/**
	 * The stored tokens, decrypted.
	 *
	 * @param plain whether a token is stored unencrypted
	 * @param locked why the stored tokens cannot be decrypted, or {@code null}
	 */
	private record Row(String access, String refresh, Instant expiresAt, String configured, boolean plain,
			String locked) {

		@Override
		public String toString() {
			return "Row[expiresAt=" + this.expiresAt + "]";
		}

	}

	/**
	 * A token to call with, or why there is none.
	 *
	 * @param token the access token, or {@code null}
	 * @param problem why there is no token, or {@code null}
	 * @param expired whether a person must create new tokens
	 */
	record Access(String token, String problem, boolean expired) {

		static Access of(String token) {
			return new Access(token, null, false);
		}

		static Access problem(String problem, boolean expired) {
			return new Access(null, problem, expired);
		}

		boolean usable() {
			return this.token != null;
		}

		@Override
		public String toString() {
			return "Access[" + (usable() ? "token=******" : "problem=" + this.problem) + "]";
		}

	}

}
