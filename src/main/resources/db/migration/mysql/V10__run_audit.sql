-- The MySQL form of h2/V10 (keep the two in step).
-- A run's audit trail (SPEC 9.3): who uploaded, approved, rejected, retried or downloaded it,
-- when and from which address, written for every action on pages, the API, the CLI and the inbox.
CREATE TABLE run_audit (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	run_id BIGINT NOT NULL,
	action VARCHAR(30) NOT NULL,
	username VARCHAR(100),
	address VARCHAR(100),
	at DATETIME(3) NOT NULL,
	detail VARCHAR(1000),
	CONSTRAINT run_audit_run FOREIGN KEY (run_id) REFERENCES payout_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX run_audit_run_id ON run_audit (run_id, id);
-- Runs are listed newest first and resumed by status.
CREATE INDEX payout_run_by_status ON payout_run (status);
