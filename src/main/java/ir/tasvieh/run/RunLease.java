package ir.tasvieh.run;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

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

	private final Set<Long> held = ConcurrentHashMap.newKeySet();

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
		if (!this.held.add(runId)) {
			return false;
		}
		boolean taken = this.runs.acquireLease(runId, this.owner, EXPIRY);
		if (!taken) {
			String holder = this.runs.leaseOwner(runId);
			taken = holder != null && isDeadLocalProcess(holder) && this.runs.takeOverLease(runId, holder, this.owner);
		}
		if (!taken) {
			this.held.remove(runId);
		}
		return taken;
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

	void release(long runId) {
		this.held.remove(runId);
		this.runs.releaseLease(runId, this.owner);
	}

	private void renew() {
		for (Long runId : this.held) {
			this.runs.renewLease(runId, this.owner);
		}
	}

	@Override
	public void destroy() {
		this.heartbeat.shutdownNow();
		for (Long runId : this.held) {
			this.runs.releaseLease(runId, this.owner);
		}
	}

}
