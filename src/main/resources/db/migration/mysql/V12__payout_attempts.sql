-- The MySQL 8 / MariaDB 10.11 form of h2/V12 (keep the two in step).

-- Attempts of one payment (SPEC 4.1). A payment is identified by its tracker across runs; each
-- time it is sent again after FAILED, CANCELED or REVERSED it is a new payout row, attempt N,
-- sent as '<tracker>-r<N>' and linked to the attempt it retries (retry_of). A run retried in
-- place keeps the failed row as history (superseded) and shows only its newest row. A row whose
-- payment an earlier run already made or submitted is not sent: it mirrors that payout (paid_by).
ALTER TABLE payout ADD COLUMN attempt INT DEFAULT 0 NOT NULL;
ALTER TABLE payout ADD COLUMN retry_of BIGINT;
ALTER TABLE payout ADD COLUMN paid_by BIGINT;
ALTER TABLE payout ADD COLUMN superseded BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE payout ADD CONSTRAINT payout_retry_of FOREIGN KEY (retry_of) REFERENCES payout (id);
ALTER TABLE payout ADD CONSTRAINT payout_paid_by FOREIGN KEY (paid_by) REFERENCES payout (id);

-- A sheet row of a run has one row per attempt made in that run. The new key is added before the
-- old one goes, so the run_id foreign key always has an index to use.
-- Named the same on both databases: the checks against earlier runs walk a run's rows in its order.
CREATE UNIQUE INDEX payout_run_row_attempt ON payout (run_id, row_no, attempt);
ALTER TABLE payout DROP INDEX payout_run_row;

-- The checks against earlier runs look payouts up by tracker and by the tracker they were sent as.
CREATE INDEX payout_tracker ON payout (tracker);
CREATE INDEX payout_sent_tracker_lookup ON payout (sent_tracker);
