-- The batch a payout was sent in (Vandar's batch_id), committed with the payout before the batch
-- is sent, so that after a lost answer or a crash the same batch can be looked up.
ALTER TABLE payout ADD COLUMN batch_id VARCHAR(128);

CREATE INDEX payout_batch ON payout (batch_id);
