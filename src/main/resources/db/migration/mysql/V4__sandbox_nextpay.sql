-- The MySQL 8 / MariaDB 10.11 form of h2/V4 (keep the two in step).

-- The built-in NextPay sandbox (SPEC 8). Its state lives here rather than in memory so that a
-- process killed and restarted still knows every payout it took, as the real NextPay would.

-- One payout the sandbox accepted. trace is NextPay's answer to the caller (numbered from
-- 100001, as on H2); the unique tracker is what makes a second payout under the same tracker
-- impossible, even under concurrency (several NULL trackers are allowed: the field is
-- optional). outcome is how the payout ends once settle-time has passed; the status before that
-- follows from requested_at.
CREATE TABLE sandbox_nextpay_checkout (
	trace BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	tracker VARCHAR(100),
	operation VARCHAR(24) NOT NULL,
	destination_type VARCHAR(5) NOT NULL,
	destination VARCHAR(24) NOT NULL,
	name VARCHAR(1000) NOT NULL,
	amount_irr BIGINT NOT NULL,
	fee_irr BIGINT NOT NULL,
	taken_irr BIGINT NOT NULL,
	requested_at DATETIME(3) NOT NULL,
	outcome VARCHAR(12) NOT NULL,
	failure_reason VARCHAR(200),
	refunded BOOLEAN DEFAULT FALSE NOT NULL,
	CONSTRAINT sandbox_nextpay_checkout_tracker UNIQUE (tracker)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin AUTO_INCREMENT=100001;

-- The one wallet (id = 1), seeded from tasvieh.sandbox.nextpay.initial-balance-irr on first use.
-- withdrawable_irr is the part of balance_irr that checkout and checkout_withoutfee may use.
CREATE TABLE sandbox_nextpay_wallet (
	id INT NOT NULL PRIMARY KEY,
	balance_irr BIGINT NOT NULL,
	withdrawable_irr BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Every checkout call received, whatever its answer, so tests can count what reached the
-- provider. outcome: accepted, duplicate, refused (any other NextPay code) or server_error (an
-- injected HTTP 500, nothing taken); answer_lost marks an answer replaced by an HTTP 500.
CREATE TABLE sandbox_nextpay_request (
	id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
	operation VARCHAR(40) NOT NULL,
	tracker VARCHAR(200),
	outcome VARCHAR(12) NOT NULL,
	answer_code INT,
	http_status INT NOT NULL,
	answer_lost BOOLEAN NOT NULL,
	trace BIGINT,
	received_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX sandbox_nextpay_request_tracker ON sandbox_nextpay_request (tracker);
