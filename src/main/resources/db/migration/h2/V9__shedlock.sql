-- ShedLock's table: a scheduled task (inbox, refresh) runs on one instance at a time.
CREATE TABLE shedlock (
	name VARCHAR(64) NOT NULL PRIMARY KEY,
	lock_until TIMESTAMP(3) NOT NULL,
	locked_at TIMESTAMP(3) NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);
