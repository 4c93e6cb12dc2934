-- Paging a million-row run (SPEC 9.3): a page far down is found by counting index entries only,
-- never by reading every row above it. A run's current rows in sheet order, and those of one
-- status in sheet order (which replaces the index on run and status: same prefix, one index to
-- keep up to date).
CREATE INDEX payout_run_current_row ON payout (run_id, superseded, row_no);
CREATE INDEX payout_run_status_row ON payout (run_id, status, superseded, row_no);
DROP INDEX payout_run_status;
