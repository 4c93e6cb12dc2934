-- A provider's published rate limit (Vandar: 30 POSTs and 100 other calls in any 3 s) is one
-- window for every instance on this database: the times of the calls in the window, kept in one
-- row per limit that a call locks while it counts itself in.
CREATE TABLE provider_call_window (
	name VARCHAR(32) NOT NULL PRIMARY KEY,
	calls VARCHAR(4000) NOT NULL
);
