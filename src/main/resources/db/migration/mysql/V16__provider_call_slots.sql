-- A provider account's parallel calls (tasvieh.nextpay.concurrency) are one budget for every
-- instance on this database: each call slot is held by at most one instance at a time, for a
-- short lease it renews while it pays; instances that want calls split the slots evenly
-- (provider_call_demand says who wants them now).
CREATE TABLE provider_call_slot (
	provider VARCHAR(16) NOT NULL,
	slot INT NOT NULL,
	owner VARCHAR(255),
	held_until DATETIME(3),
	PRIMARY KEY (provider, slot)
);

CREATE TABLE provider_call_demand (
	provider VARCHAR(16) NOT NULL,
	owner VARCHAR(255) NOT NULL,
	seen_at DATETIME(3) NOT NULL,
	PRIMARY KEY (provider, owner)
);
