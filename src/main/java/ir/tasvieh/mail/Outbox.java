package ir.tasvieh.mail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code mail_outbox} table. Every time is the database's clock
 * ({@code LOCALTIMESTAMP(3)}, the same on H2 and MySQL), so instances whose clocks
 * disagree still agree on whose claim has run out and which mail is due.
 */
@Repository
class Outbox {

	static final String PENDING = "PENDING";

	static final String SENT = "SENT";

	private static final String NOW = "LOCALTIMESTAMP(3)";

	/** The moments whose round_no is a round of the run, not a key of their own. */
	private static final String ROUND_MOMENTS = Arrays.stream(MailMoment.values())
		.filter(MailMoment::ofRound)
		.map((moment) -> "'" + moment.name() + "'")
		.collect(Collectors.joining(", "));

	private final JdbcTemplate jdbc;

	Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a run's mail for a moment, in the caller's transaction (which holds the
	 * run's row lock, so the moments of one run are written one at a time). A report or
	 * completion after the run's latest round was completed, or already reported, belongs
	 * to a new round: the run was retried. A mail already written for its moment and
	 * round is kept as it is.
	 * @return whether it was written now
	 */
	boolean write(long runId, MailMoment moment, List<String> recipients) {
		Integer latest = this.jdbc.queryForObject(
				"SELECT MAX(round_no) FROM mail_outbox WHERE run_id = ?" + " AND moment IN (" + ROUND_MOMENTS + ")",
				Integer.class, runId);
		int round = (latest != null) ? latest : 0;
		if (latest != null && moment != MailMoment.AWAITING_APPROVAL) {
			List<String> written = this.jdbc.queryForList(
					"SELECT moment FROM mail_outbox WHERE run_id = ? AND round_no = ?", String.class, runId, round);
			if (written.contains(MailMoment.COMPLETED.name()) || written.contains(moment.name())) {
				round++;
			}
		}
		return insert(runId, moment, round, recipients);
	}

	/**
	 * Writes a mail that is sent once for its key: a run's first need of attention (key
	 * 0), a proposed decision (key: its id). Writing it again changes nothing.
	 * @return whether it was written now
	 */
	boolean writeOnce(long runId, MailMoment moment, long key, List<String> recipients) {
		return insert(runId, moment, Math.toIntExact(key), recipients);
	}

	private boolean insert(long runId, MailMoment moment, int round, List<String> recipients) {
		try {
			return this.jdbc.update(
					"INSERT INTO mail_outbox (run_id, moment, round_no, recipients, status, attempts,"
							+ " next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 0, " + NOW + ", " + NOW + ")",
					runId, moment.name(), round, String.join(",", recipients), PENDING) == 1;
		}
		catch (DuplicateKeyException writtenBefore) {
			return false;
		}
	}

	/**
	 * Mails not claimed by a live sender, oldest first: those that are due, or with
	 * {@code alsoWaiting} also those waiting after a failed attempt.
	 */
	List<Long> due(int limit, boolean alsoWaiting) {
		return this.jdbc
			.queryForList(
					"SELECT id FROM mail_outbox WHERE status = ?" + dueUnless(alsoWaiting)
							+ " AND (claimed_until IS NULL OR claimed_until < " + NOW + ") ORDER BY id",
					Long.class, PENDING)
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * Claims a due mail for {@code owner} for {@code claimFor}. One statement decides, so
	 * of two instances trying at once exactly one gets it.
	 */
	Optional<OutboxMail> claim(long id, String owner, Duration claimFor, boolean alsoWaiting) {
		int claimed = this.jdbc.update("UPDATE mail_outbox SET claimed_by = ?, claimed_until = TIMESTAMPADD(SECOND, ?, "
				+ NOW + ") WHERE id = ? AND status = ?" + dueUnless(alsoWaiting) + " AND (claimed_until IS NULL OR"
				+ " claimed_until < " + NOW + ")", owner, claimFor.toSeconds(), id, PENDING);
		if (claimed != 1) {
			return Optional.empty();
		}
		return this.jdbc
			.query("SELECT id, run_id, moment, round_no, recipients, attempts FROM mail_outbox"
					+ " WHERE id = ? AND claimed_by = ?",
					(rs, i) -> new OutboxMail(rs.getLong("id"), rs.getLong("run_id"),
							MailMoment.valueOf(rs.getString("moment")), rs.getInt("round_no"),
							List.of(rs.getString("recipients").split(",")), rs.getInt("attempts")),
					id, owner)
			.stream()
			.findFirst();
	}

	/**
	 * Marks a claimed mail sent; {@code note} says what the server refused, if anything.
	 */
	void sent(long id, String owner, String note) {
		this.jdbc.update(
				"UPDATE mail_outbox SET status = ?, sent_at = " + NOW + ", attempts = attempts + 1,"
						+ " last_error = ?, claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
				SENT, truncate(note), id, owner);
	}

	/** Puts a claimed mail back, to be tried again after {@code wait}. */
	void failed(long id, String owner, String error, Duration wait) {
		this.jdbc.update(
				"UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?,"
						+ " next_attempt_at = TIMESTAMPADD(SECOND, ?, " + NOW
						+ "), claimed_by = NULL, claimed_until = NULL" + " WHERE id = ? AND claimed_by = ?",
				truncate(error), Math.max(1, wait.toSeconds()), id, owner);
	}

	/** Mails not sent yet, due or waiting for their next attempt. */
	int pending() {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = ?", Integer.class,
				PENDING);
		return (count != null) ? count : 0;
	}

	/**
	 * The mails not sent yet and how long the oldest has waited, by the database's clock.
	 * @return {count, seconds}
	 */
	long[] waiting() {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*), COALESCE(TIMESTAMPDIFF(SECOND, MIN(created_at), " + NOW
						+ "), 0) FROM mail_outbox WHERE status = ?",
				(rs, i) -> new long[] { rs.getLong(1), Math.max(0, rs.getLong(2)) }, PENDING);
	}

	private static String dueUnless(boolean alsoWaiting) {
		return alsoWaiting ? "" : " AND next_attempt_at <= " + NOW;
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= 1000) ? text : text.substring(0, 997) + "...";
	}

	/**
	 * A claimed mail: which run, which moment of which round (0, then 1 after the first
	 * retry), to whom, and how often it was tried.
	 */
	record OutboxMail(long id, long runId, MailMoment moment, int round, List<String> recipients, int attempts) {

	}

}
