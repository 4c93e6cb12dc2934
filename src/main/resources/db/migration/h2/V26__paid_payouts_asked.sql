-- When a paid payout was last asked about again (docs/SPEC.md section 9.6): a PAYA transfer the
-- destination bank returns is reported by the provider after it said "paid", so a paid payout is
-- asked about a few times while a return may still come, at most once per interval.
ALTER TABLE payout ADD COLUMN paid_asked_at TIMESTAMP(3);
CREATE INDEX payout_status_updated ON payout (status, updated_at);
