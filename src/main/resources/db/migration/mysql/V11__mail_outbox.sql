-- The MySQL 8 / MariaDB 10.11 form of h2/V11 (keep the two in step).

-- The mail outbox (SPEC 9.6): a run's mail is written here in the same transaction as the status
-- change that causes it, once per run, moment and round (retrying a finished run's failed rows
-- starts a new round, whose report and completion are mailed again), and delivered later by a
-- sender that claims it (claimed_by/claimed_until, so two instances never send the same mail) and
-- retries with back-off (next_attempt_at). Times are the database's clock, so instances whose clocks disagree still
-- agree on whose claim has run out. last_error never holds secrets.
CREATE TABLE mail_outbox (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	run_id BIGINT NOT NULL,
	moment VARCHAR(30) NOT NULL,
	round_no INT NOT NULL,
	recipients VARCHAR(2000) NOT NULL,
	status VARCHAR(10) NOT NULL,
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at DATETIME(3) NOT NULL,
	last_error VARCHAR(1000),
	claimed_by VARCHAR(255),
	claimed_until DATETIME(3),
	created_at DATETIME(3) NOT NULL,
	sent_at DATETIME(3),
	CONSTRAINT mail_outbox_run FOREIGN KEY (run_id) REFERENCES payout_run (id) ON DELETE CASCADE,
	CONSTRAINT mail_outbox_run_moment UNIQUE (run_id, moment, round_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
