package ir.tasvieh.provider.nextpay;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A provider account's parallel calls as one budget for every instance on the database.
 * The budget is {@code total} slots; an instance calls only while it holds a slot per
 * call, so however many runs and instances pay at once the provider never sees more than
 * {@code total} calls. Slots are held under a lease renewed every second while the
 * instance wants calls; the instances that want calls split the slots evenly, and a slot
 * whose holder stopped renewing is free once its lease ends. An instance that cannot
 * renew (its database is gone) makes no new call after its lease would have ended, so its
 * slots can be taken safely.
 */
final class CallSlots implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(CallSlots.class);

	private static final Duration LEASE = Duration.ofSeconds(10);

	/** How often slots are renewed and the budget shared again. */
	private static final Duration TICK = Duration.ofSeconds(1);

	/**
	 * How long a call waits for a slot before it gives up unsent: the database is
	 * unreachable, or another instance does not give its slots back.
	 */
	private static final Duration MOST_WAIT = Duration.ofSeconds(60);

	/** How long after its last call an instance still counts as wanting calls. */
	private static final Duration WANTS_FOR = Duration.ofSeconds(5);

	private final JdbcTemplate jdbc;

	private final String provider;

	private final int total;

	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	private final Semaphore permits = new Semaphore(0, true);

	private final TreeSet<Integer> held = new TreeSet<>();

	private volatile ScheduledExecutorService ticks;

	private volatile long wantedAt = Long.MIN_VALUE;

	/** Until when (System.nanoTime) the slots held are surely still this instance's. */
	private volatile long validUntil = Long.MIN_VALUE;

	private volatile boolean closed;

	private boolean seeded;

	CallSlots(JdbcTemplate jdbc, String provider, int total) {
		this.jdbc = jdbc;
		this.provider = provider;
		this.total = total;
	}

	/** Every slot, held for good by this process alone: for a client with no database. */
	static CallSlots unshared(String provider, int total) {
		CallSlots slots = new CallSlots(null, provider, total);
		slots.permits.release(total);
		return slots;
	}

	/** Slots are taken from the first call on: a command that calls nobody holds none. */
	private synchronized void start() {
		if (this.ticks == null && !this.closed) {
			this.ticks = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, this.provider + "-call-slots");
				thread.setDaemon(true);
				return thread;
			});
			this.ticks.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Waits for a slot of this instance's share; {@link #release()} it after the call.
	 * @throws IllegalStateException when no slot came within a minute (the call is not
	 * made)
	 */
	void acquire() throws InterruptedException {
		if (this.jdbc == null) {
			this.permits.acquire();
			return;
		}
		if (this.ticks == null) {
			start();
		}
		long giveUp = System.nanoTime() + MOST_WAIT.toNanos();
		while (true) {
			this.wantedAt = System.nanoTime();
			if (this.wantedAt - giveUp > 0) {
				throw new IllegalStateException("no " + this.provider + " call slot within " + MOST_WAIT.toSeconds()
						+ " s; the call was not made");
			}
			if (this.closed) {
				throw new InterruptedException("shutting down");
			}
			if (this.permits.tryAcquire(200, TimeUnit.MILLISECONDS)) {
				if (System.nanoTime() - this.validUntil < 0) {
					return;
				}
				this.permits.release();
			}
		}
	}

	void release() {
		this.wantedAt = System.nanoTime();
		this.permits.release();
	}

	/** Slots this instance holds now (for tests and the log). */
	synchronized int held() {
		return this.held.size();
	}

	private synchronized void tick() {
		if (this.closed) {
			return;
		}
		long started = System.nanoTime();
		try {
			seed();
			Instant now = Instant.now();
			boolean wants = started - this.wantedAt < WANTS_FOR.toNanos();
			int share = wants ? share(now) : 0;
			renew(now);
			this.validUntil = started + LEASE.toNanos() - TICK.toNanos() * 3;
			if (this.held.size() < share) {
				take(now, share - this.held.size());
			}
			else if (this.held.size() > share) {
				giveBack(this.held.size() - share);
			}
		}
		catch (RuntimeException ex) {
			// Calls go on until the lease would end; then they wait for the database. (An
			// exception must not end the ticks: no slot would ever be renewed again.)
			logger.warn("Could not renew " + this.provider + " call slots: " + ex.getMessage());
		}
	}

	private void seed() {
		if (this.seeded) {
			return;
		}
		List<Integer> present = this.jdbc.queryForList("SELECT slot FROM provider_call_slot WHERE provider = ?",
				Integer.class, this.provider);
		for (int slot = 0; slot < this.total; slot++) {
			if (!present.contains(slot)) {
				try {
					this.jdbc.update("INSERT INTO provider_call_slot (provider, slot) VALUES (?, ?)", this.provider,
							slot);
				}
				catch (DuplicateKeyException ex) {
					// Another instance made it first.
				}
			}
		}
		this.seeded = true;
	}

	/** This instance's even share of the slots among those that want calls now. */
	private int share(Instant now) {
		Timestamp seen = Timestamp.from(now);
		if (this.jdbc.update("UPDATE provider_call_demand SET seen_at = ? WHERE provider = ? AND owner = ?", seen,
				this.provider, this.owner) == 0) {
			this.jdbc.update("INSERT INTO provider_call_demand (provider, owner, seen_at) VALUES (?, ?, ?)",
					this.provider, this.owner, seen);
		}
		List<String> wanting = this.jdbc.queryForList(
				"SELECT owner FROM provider_call_demand WHERE provider = ? AND seen_at > ? ORDER BY owner",
				String.class, this.provider, Timestamp.from(now.minus(WANTS_FOR)));
		return share(this.total, wanting.size(), Math.max(0, wanting.indexOf(this.owner)));
	}

	/** Slots split evenly; the first instances in order take one more of what is left. */
	static int share(int total, int instances, int position) {
		int count = Math.max(1, instances);
		return total / count + ((position < total % count) ? 1 : 0);
	}

	private void renew(Instant now) {
		if (this.held.isEmpty()) {
			return;
		}
		int renewed = this.jdbc.update(
				"UPDATE provider_call_slot SET held_until = ? WHERE provider = ? AND owner = ? AND held_until > ?",
				Timestamp.from(now.plus(LEASE)), this.provider, this.owner, Timestamp.from(now));
		if (renewed != this.held.size()) {
			// A lease ran out (the database was away) and the slot may be another's now.
			List<Integer> still = this.jdbc.queryForList(
					"SELECT slot FROM provider_call_slot WHERE provider = ? AND owner = ? AND held_until > ?",
					Integer.class, this.provider, this.owner, Timestamp.from(now));
			int lost = this.held.size() - still.size();
			this.held.retainAll(still);
			this.permits.acquireUninterruptibly(Math.max(0, lost));
		}
	}

	private void take(Instant now, int wanted) {
		List<Integer> free = this.jdbc.queryForList(
				"SELECT slot FROM provider_call_slot WHERE provider = ? AND slot < ?"
						+ " AND (owner IS NULL OR held_until <= ?) ORDER BY slot",
				Integer.class, this.provider, this.total, Timestamp.from(now));
		for (int slot : free) {
			if (wanted == 0) {
				return;
			}
			if (this.jdbc.update(
					"UPDATE provider_call_slot SET owner = ?, held_until = ? WHERE provider = ? AND slot = ?"
							+ " AND (owner IS NULL OR held_until <= ?)",
					this.owner, Timestamp.from(now.plus(LEASE)), this.provider, slot, Timestamp.from(now)) == 1) {
				this.held.add(slot);
				this.permits.release();
				wanted--;
			}
		}
	}

	/** Gives back slots not in a call now; the others on a later tick. */
	private void giveBack(int surplus) {
		for (int i = 0; i < surplus && this.permits.tryAcquire(); i++) {
			int slot = this.held.pollLast();
			this.jdbc.update("UPDATE provider_call_slot SET owner = NULL, held_until = NULL"
					+ " WHERE provider = ? AND slot = ? AND owner = ?", this.provider, slot, this.owner);
		}
	}

	@Override
	public void close() {
		if (this.jdbc == null) {
			return;
		}
		synchronized (this) {
			this.closed = true;
			if (this.ticks == null) {
				return;
			}
			this.ticks.shutdownNow();
			try {
				this.jdbc.update("UPDATE provider_call_slot SET owner = NULL, held_until = NULL"
						+ " WHERE provider = ? AND owner = ?", this.provider, this.owner);
				this.jdbc.update("DELETE FROM provider_call_demand WHERE provider = ? AND owner = ?", this.provider,
						this.owner);
			}
			catch (DataAccessException ex) {
				// The database closed first: the leases end by themselves.
				logger.debug("Call slots left to expire: " + ex.getMessage());
			}
		}
	}

}
