-- The MySQL 8 / MariaDB 10.11 form of h2/V3 (keep the two in step).

-- Every raw answer a provider gave about a payout (what came back, never what was sent: requests
-- carry secrets).
CREATE TABLE provider_answer (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	payout_id BIGINT NOT NULL,
	operation VARCHAR(60) NOT NULL,
	outcome VARCHAR(12) NOT NULL,
	http_status INT,
	body LONGTEXT,
	received_at DATETIME(3) NOT NULL,
	CONSTRAINT provider_answer_payout FOREIGN KEY (payout_id) REFERENCES payout (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX provider_answer_payout_id ON provider_answer (payout_id);

-- A run's lease: the instance working on it renews heartbeat_at; a run whose heartbeat stopped
-- belongs to a process that died and may be resumed by another.
ALTER TABLE payout_run ADD COLUMN owner VARCHAR(100);
ALTER TABLE payout_run ADD COLUMN heartbeat_at DATETIME(3);
ALTER TABLE payout_run ADD COLUMN wait_seconds BIGINT;

ALTER TABLE payout ADD COLUMN provider_message VARCHAR(2000);

-- Lets the duplicate-payee rule group a run's rows by walking an index instead of hashing them all.
CREATE INDEX payout_run_payee ON payout (run_id, destination, amount_irr);
