-- One row per sheet content ever handed in. Deciding whether a sheet is new, already run or to
-- be resumed, and creating its run, happen under a row lock here, so two instances given the
-- same sheet at once create one run, and the other is told it is already running.
CREATE TABLE sheet_lock (
	sha256 CHAR(64) NOT NULL PRIMARY KEY
);
