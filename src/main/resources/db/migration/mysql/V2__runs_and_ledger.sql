-- The MySQL 8 / MariaDB 10.11 form of h2/V2 (keep the two in step). Every tasvieh table is
-- utf8mb4 with a binary collation: trackers, batch ids and hashes are compared exactly, as on H2.

-- A run: one sheet handed to tasvieh once (SPEC 9.2). The file's SHA-256 decides whether the
-- same content was run before.
CREATE TABLE payout_run (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	file_name VARCHAR(255) NOT NULL,
	file_path VARCHAR(1024) NOT NULL,
	sha256 CHAR(64) NOT NULL,
	provider VARCHAR(20) NOT NULL,
	status VARCHAR(20) NOT NULL,
	dry_run BOOLEAN NOT NULL,
	created_by VARCHAR(100),
	approved_by VARCHAR(100),
	created_at DATETIME(3) NOT NULL,
	finished_at DATETIME(3),
	result_path VARCHAR(1024),
	message VARCHAR(4000)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX payout_run_sha256 ON payout_run (sha256);

-- The input sheet's layout, so that the result workbook can be written (and rewritten later)
-- with every input column in its original order and text.
CREATE TABLE payout_sheet (
	run_id BIGINT NOT NULL PRIMARY KEY,
	header_row INT NOT NULL,
	header_names LONGTEXT NOT NULL,
	card_column INT NOT NULL,
	tracker_column INT NOT NULL,
	amount_column INT NOT NULL,
	amount_unit VARCHAR(3) NOT NULL,
	persian BOOLEAN NOT NULL,
	CONSTRAINT payout_sheet_run FOREIGN KEY (run_id) REFERENCES payout_run (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- The ledger: one row per sheet row. sent_tracker is set only when a payout is committed as
-- SUBMITTING, so the unique key on (provider, sent_tracker) guards against paying twice while
-- dry runs and invalid rows, which are never sent, do not collide (NULLs are distinct).
CREATE TABLE payout (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	run_id BIGINT NOT NULL,
	row_no INT NOT NULL,
	provider VARCHAR(20) NOT NULL,
	tracker VARCHAR(64) NOT NULL,
	tracker_derived BOOLEAN NOT NULL,
	sent_tracker VARCHAR(80),
	name VARCHAR(1000),
	destination_type VARCHAR(5),
	destination VARCHAR(26),
	amount_irr BIGINT,
	bank_code VARCHAR(6),
	bank_name VARCHAR(200),
	description VARCHAR(1000),
	payment_number VARCHAR(100),
	status VARCHAR(12) NOT NULL,
	findings LONGTEXT,
	input_cells LONGTEXT NOT NULL,
	provider_ref VARCHAR(100),
	bank_tracking_no VARCHAR(100),
	fee_irr BIGINT,
	provider_status VARCHAR(200),
	submitted_at DATETIME(3),
	updated_at DATETIME(3),
	CONSTRAINT payout_run FOREIGN KEY (run_id) REFERENCES payout_run (id),
	CONSTRAINT payout_run_row UNIQUE (run_id, row_no),
	CONSTRAINT payout_sent_tracker UNIQUE (provider, sent_tracker)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX payout_run_tracker ON payout (run_id, tracker);
CREATE INDEX payout_run_status ON payout (run_id, status);
