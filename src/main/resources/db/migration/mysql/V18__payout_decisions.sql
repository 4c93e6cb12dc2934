-- The MySQL 8 / MariaDB 10.11 form of h2/V18 (keep the two in step).

-- A manager's decision on payouts in doubt (docs/SPEC.md section 6.1): the sheet rows of one run it
-- covers (row_nos, comma-separated, as the manager chose them), what the provider's panel showed
-- (outcome PAID, FAILED or NOT_RECEIVED), the provider's reference and the manager's note. With four
-- eyes it is PROPOSED until a second manager confirms it; it ends APPLIED, or OVERTAKEN when the
-- provider answered clearly for every row first (result says what happened to each row).
-- The mail to managers about a proposed decision is the outbox moment DECISION_PROPOSED whose
-- round_no is the decision's id: one mail per decision under mail_outbox's unique key.
CREATE TABLE payout_decision (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	run_id BIGINT NOT NULL,
	row_nos VARCHAR(4000) NOT NULL,
	outcome VARCHAR(20) NOT NULL,
	provider_ref VARCHAR(255),
	note VARCHAR(1000) NOT NULL,
	status VARCHAR(20) NOT NULL,
	proposed_by VARCHAR(100) NOT NULL,
	proposed_at DATETIME(3) NOT NULL,
	confirmed_by VARCHAR(100),
	decided_at DATETIME(3),
	result VARCHAR(1000),
	CONSTRAINT payout_decision_run FOREIGN KEY (run_id) REFERENCES payout_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX payout_decision_by_status ON payout_decision (status, id);
CREATE INDEX payout_decision_by_run ON payout_decision (run_id, id);
