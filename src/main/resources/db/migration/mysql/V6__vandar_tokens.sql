-- The MySQL 8 / MariaDB 10.11 form of h2/V6 (keep the two in step). The tokens are TEXT here:
-- two VARCHAR(8000) utf8mb4 columns would not fit MySQL's 65,535-byte row limit.

-- Vandar's tokens (providers.md 2), one row per business. A refresh rotates the refresh token
-- and the old one stops working, so the pair lives here, not in memory or configuration: it is
-- replaced in one transaction that first locks the row (SELECT ... FOR UPDATE), so only one
-- instance refreshes at a time. configured_sha256 fingerprints the configured pair the row
-- started from: configuring new tokens (made in the dashboard) replaces the stored ones.
-- expires_at is when the access token expires, NULL when not known (refreshed on a 401 only).
CREATE TABLE vandar_token (
	business VARCHAR(200) NOT NULL PRIMARY KEY,
	access_token TEXT,
	refresh_token TEXT,
	expires_at DATETIME(3) NULL,
	configured_sha256 CHAR(64) NOT NULL,
	updated_at DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
