-- The MySQL 8 / MariaDB 10.11 form of h2/V7 (keep the two in step).

-- The built-in Vandar sandbox (SPEC 8). Like NextPay's, its state lives here so that a process
-- killed and restarted still knows its tokens, batches and settlements, as the real Vandar would.

-- The one token pair in force (id = 1). Only the current access token and the current refresh
-- token are accepted; a refresh replaces both (generation + 1), so the old refresh token stops
-- working. access_expires_at is NULL until the first pair is first used: its lifetime counts from
-- then.
CREATE TABLE sandbox_vandar_token (
	id INT NOT NULL PRIMARY KEY,
	generation INT NOT NULL,
	access_token VARCHAR(100) NOT NULL,
	refresh_token VARCHAR(100) NOT NULL,
	access_expires_at DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO sandbox_vandar_token (id, generation, access_token, refresh_token, access_expires_at)
	VALUES (1, 0, 'sandbox-access-0', 'sandbox-refresh-0', NULL);

-- The one wallet (id = 1), seeded from tasvieh.sandbox.vandar.initial-balance-irr on first use.
CREATE TABLE sandbox_vandar_wallet (
	id INT NOT NULL PRIMARY KEY,
	balance_irr BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One accepted batch. batch_id (the SHA-512 hex of its items' JSON) is the key, so a second
-- batch under one batch_id is impossible even under concurrency; seq orders the list.
CREATE TABLE sandbox_vandar_batch (
	batch_id VARCHAR(128) NOT NULL PRIMARY KEY,
	seq BIGINT NOT NULL AUTO_INCREMENT UNIQUE,
	business VARCHAR(100) NOT NULL,
	total_count INT NOT NULL,
	total_amount_irr BIGINT NOT NULL,
	accepted_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- One settlement of an accepted batch. The unique track_id refuses it in any later batch.
-- Its status follows from the batch's accepted_at: INIT, then SUBMITTED (or FAILED when
-- item_error is set); its settlement PENDING, then DONE (or FAILED when settlement_error is set).
-- fails_at is when a failed one gives its rials back (refunded once seen). (The foreign key is a
-- table constraint: MySQL ignores an inline REFERENCES.)
CREATE TABLE sandbox_vandar_item (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	uuid VARCHAR(36) NOT NULL,
	batch_id VARCHAR(128) NOT NULL,
	position INT NOT NULL,
	track_id VARCHAR(191) NOT NULL,
	iban VARCHAR(26) NOT NULL,
	amount_irr BIGINT NOT NULL,
	wage_irr BIGINT NOT NULL,
	type VARCHAR(3) NOT NULL,
	payment_number VARCHAR(100),
	description VARCHAR(256),
	transaction_id BIGINT NOT NULL,
	item_error VARCHAR(200),
	settlement_error VARCHAR(200),
	fails_at DATETIME(3),
	refunded BOOLEAN DEFAULT FALSE NOT NULL,
	CONSTRAINT sandbox_vandar_item_batch_id FOREIGN KEY (batch_id) REFERENCES sandbox_vandar_batch (batch_id),
	CONSTRAINT sandbox_vandar_item_track_id UNIQUE (track_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX sandbox_vandar_item_batch ON sandbox_vandar_item (batch_id, position);

-- Every batch-create call received, whatever its answer, so tests can count what reached the
-- provider. outcome: accepted, duplicate (batch_id taken), refused (any other 4xx) or
-- server_error (an injected HTTP 500, nothing taken); answer_lost marks an accepted batch whose
-- answer was replaced by an HTTP 500. track_ids is one per line, in the order sent.
CREATE TABLE sandbox_vandar_request (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	business VARCHAR(100),
	batch_id VARCHAR(200),
	track_ids LONGTEXT,
	outcome VARCHAR(12) NOT NULL,
	http_status INT NOT NULL,
	answer_lost BOOLEAN NOT NULL,
	error_fields LONGTEXT,
	received_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
