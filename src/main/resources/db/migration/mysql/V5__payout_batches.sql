-- The MySQL 8 / MariaDB 10.11 form of h2/V5 (keep the two in step).

-- The batch a payout was sent in (Vandar's batch_id), committed with the payout before the batch
-- is sent, so that after a lost answer or a crash the same batch can be looked up.
ALTER TABLE payout ADD COLUMN batch_id VARCHAR(128);

CREATE INDEX payout_batch ON payout (batch_id);

-- Set while reading when a row's sheet tracker, or its destination and amount, was seen earlier
-- in the sheet (by a 64-bit hash): the sheet-wide rules then look only at those keys instead of
-- grouping every row of a million-row run.
ALTER TABLE payout ADD COLUMN tracker_repeat BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE payout ADD COLUMN payee_repeat BOOLEAN DEFAULT FALSE NOT NULL;
