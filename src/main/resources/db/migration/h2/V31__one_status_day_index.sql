-- payout_by_day (V28: status, updated_at, superseded, amount_irr) begins with the columns of
-- payout_status_updated (V26: status, updated_at), so it serves the returned-payouts query the
-- older index was made for. Every index is written on each of a run's inserts and again when
-- the run's chunk commits: the ledger insert is the largest part of a big validate
-- (docs/benchmarks.md), so the duplicate goes.
DROP INDEX payout_status_updated;
