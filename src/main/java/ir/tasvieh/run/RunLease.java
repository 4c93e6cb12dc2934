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

	/** Takes the run if nobody alive holds it. */
	boolean acquire(long runId) {
		if (this.runs.acquireLease(runId, this.owner, EXPIRY)) {
			this.held.add(runId);
			return true;
		}
		return false;
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
