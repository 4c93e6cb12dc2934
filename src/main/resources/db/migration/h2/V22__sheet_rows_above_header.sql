-- The rows above a sheet's header (a title, a date, notes) are not data; the result's Summary
-- sheet names them (SPEC 3, 7). NULL for runs read before the header could stand lower.
ALTER TABLE payout_sheet ADD COLUMN above_header CLOB;
