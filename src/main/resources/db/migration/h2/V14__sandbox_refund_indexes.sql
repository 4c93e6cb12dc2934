-- The sandbox looks for failed payouts whose rials are not back yet on every call it answers.
-- Without an index that was a scan of every payout it ever took: at 30,000 payouts the sandbox,
-- not the ledger, set the pace of a run. Failed ones are few; these reach them directly.
CREATE INDEX sandbox_nextpay_checkout_unrefunded ON sandbox_nextpay_checkout (outcome, refunded, requested_at);
CREATE INDEX sandbox_vandar_item_unrefunded ON sandbox_vandar_item (refunded, fails_at);
