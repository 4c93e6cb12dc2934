package ir.tasvieh.run;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import ir.tasvieh.database.DatabaseRetry;

/**
 * Who works on a run. The holder renews its heartbeat every few seconds; a run whose
 * heartbeat is older than {@link #EXPIRY} belongs to a process that died (say,
 * {@code kill -9}) and may be taken over and resumed. Two live processes never work on
 * one run.
 */
@Component
class RunLease implements DisposableBean {

	static final Duration EXPIRY = Duration.ofSeconds(30);

	private static final Duration RENEWAL = Duration.ofSeconds(5);

	private final RunRepository runs;

	private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	private static final Log logger = LogFactory.getLog(RunLease.class);

	private final Set<Long> held = ConcurrentHashMap.newKeySet();

	private volatile boolean stopping;

	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "run-lease-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	RunLease(RunRepository runs) {
		this.runs = runs;
		this.heartbeat.scheduleWithFixedDelay(this::renew, RENEWAL.toMillis(), RENEWAL.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	String owner() {
		return this.owner;
	}

	/**
	 * Takes the run if nobody alive holds it: nobody at all, a holder whose heartbeat
	 * stopped, or a holder on this machine whose process is gone (a {@code kill -9} a
	 * moment ago). A run this process holds already is not taken twice.
	 */
	boolean acquire(long runId) {
		// Not re-entrant: a run this process already works on (say, paying it in the
		// background) is as busy for the refresh timer as one another process holds.
		if (this.stopping || !this.held.add(runId)) {
			return false;
		}
		boolean taken = false;
		try {
			taken = DatabaseRetry.get("taking the lease of run " + runId, () -> take(runId));
		}
		finally {
			if (!taken) {
				this.held.remove(runId);
			}
		}
		return taken;
	}

	private boolean take(long runId) {
		if (this.runs.acquireLease(runId, this.owner, EXPIRY)) {
			return true;
		}
		String holder = this.runs.leaseOwner(runId);
		return holder != null && isDeadLocalProcess(holder) && this.runs.takeOverLease(runId, holder, this.owner);
	}

	/**
	 * An owner is {@code pid@host/uuid}; on this host, the pid tells whether it still
	 * runs.
	 */
	private boolean isDeadLocalProcess(String holder) {
		int at = holder.indexOf('@');
		int slash = holder.indexOf('/');
		String mine = this.owner.substring(this.owner.indexOf('@'), this.owner.indexOf('/'));
		if (at <= 0 || slash <= at || !holder.substring(at, slash).equals(mine)) {
			return false;
		}
		try {
			long pid = Long.parseLong(holder.substring(0, at));
			return ProcessHandle.of(pid).map((process) -> !process.isAlive()).orElse(true);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** Holds a run this process has just created (and so already owns). */
	void hold(long runId) {
		this.held.add(runId);
	}

	/**
	 * Lets the run go. Never throws: it is called on the way out of work that may have
	 * failed, and a lease left behind only expires.
	 */
	void release(long runId) {
		try {
			DatabaseRetry.get("releasing the lease of run " + runId, () -> {
				this.runs.releaseLease(runId, this.owner);
				return null;
			});
		}
		catch (RuntimeException ex) {
			logger.warn("The lease of run " + runId + " could not be released (it expires in " + EXPIRY.toSeconds()
					+ " s): " + ex.getMessage());
		}
		finally {
			this.held.remove(runId);
			synchronized (this.held) {
				this.held.notifyAll();
			}
		}
	}

	/** No run is taken from now on, until {@link #startTaking()}: tasvieh is stopping. */
	void stopTaking() {
		this.stopping = true;
	}

	void startTaking() {
		this.stopping = false;
	}

	/**
	 * Waits until this process holds no run, or {@code timeout} has passed.
	 * @return whether it holds none
	 */
	boolean awaitNoneHeld(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.held) {
			while (!this.held.isEmpty()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				// Also wakes now and then: a run whose lease was not taken leaves without
				// notice.
				this.held.wait(Math.max(1, Math.min(200, left / 1_000_000)));
			}
		}
		return true;
	}

	/** Lets every run this process still holds go (the last step of stopping). */
	void releaseAll() {
		for (Long runId : Set.copyOf(this.held)) {
			release(runId);
		}
	}

	private void renew() {
		// A failed renewal must not end the heartbeat (the executor would run it no
		// more): it is tried again at the next beat, well within the expiry.
		for (Long runId : this.held) {
			try {
				this.runs.renewLease(runId, this.owner);
			}
			catch (RuntimeException ex) {
				logger.warn("The lease of run " + runId + " could not be renewed this time: " + ex.getMessage());
			}
		}
	}

	@Override
	public void destroy() {
		this.heartbeat.shutdownNow();
		releaseAll();
	}

}
