-- Indexes on trackers and payees, whose values come in random order, made every row written
-- to the ledger touch random pages of three large trees: a million-row sheet spent most of its
-- time there (issue 9). They go:
-- - a run's repeated trackers and payees are found through the repeat flags, set on every row
--   of a repeat while the sheet is read (both flags lie in the order rows are written);
-- - payouts of earlier runs are found by sent_of, the sheet tracker of a payout that was sent,
--   set when it is claimed for sending and NULL before: only sent payouts are in its tree.
ALTER TABLE payout ADD COLUMN sent_of VARCHAR(64);
UPDATE payout SET sent_of = tracker WHERE sent_tracker IS NOT NULL;
CREATE INDEX payout_sent_of ON payout (sent_of);
CREATE INDEX payout_run_tracker_repeat ON payout (run_id, tracker_repeat);
CREATE INDEX payout_run_payee_repeat ON payout (run_id, payee_repeat);
DROP INDEX payout_tracker;
DROP INDEX payout_run_tracker;
DROP INDEX payout_run_payee;
