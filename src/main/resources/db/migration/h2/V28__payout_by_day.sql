-- The home page's last 30 days (SPEC 9.3) counts the rows paid, failed and in doubt per day:
-- along this index a day's rows of one status are one range, and the columns the count reads
-- are in the index itself, so the cost follows the rows of those days, not the whole ledger.
CREATE INDEX payout_by_day ON payout (status, updated_at, superseded, amount_irr);
