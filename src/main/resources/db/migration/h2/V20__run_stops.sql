-- A manager's stop of a run (SPEC 9.7). The row is the durable stop mark: every instance reads it
-- before it claims payouts of the run and before each call that would send one, so nothing is
-- sent for the run once the stop is answered, whichever instance is paying it.
CREATE TABLE run_stop (
	run_id BIGINT NOT NULL PRIMARY KEY,
	stopped_by VARCHAR(100) NOT NULL,
	reason VARCHAR(1000) NOT NULL,
	stopped_at TIMESTAMP(3) NOT NULL
);

-- The Vandar sandbox's settlement cancel call (providers.md 4.4): a cancelled settlement ends
-- CANCELED and its rials go back to the wallet.
ALTER TABLE sandbox_vandar_item ADD COLUMN canceled_at TIMESTAMP(3);
