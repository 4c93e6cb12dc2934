package ir.tasvieh.schedule;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tasvieh.scheduler.*}: whether this process runs the timed tasks, and how their
 * locks are held.
 *
 * @param enabled whether the scheduled tasks run in this process; {@code serve} turns
 * them on, one-shot commands leave them off
 * @param lockAtLeastFor how long an instance keeps a scheduled task's lock at the least,
 * so that instances whose clocks differ a little never run it twice
 */
@ConfigurationProperties("tasvieh.scheduler")
record SchedulerSettings(boolean enabled, Duration lockAtLeastFor) {

	/**
	 * The default of {@code lock-at-least-for}, also where {@code @SchedulerLock} finds
	 * it when the key is unset.
	 */
	public static final String DEFAULT_LOCK_AT_LEAST_FOR = "PT5S";

	SchedulerSettings {
		lockAtLeastFor = (lockAtLeastFor != null) ? lockAtLeastFor : Duration.parse(DEFAULT_LOCK_AT_LEAST_FOR);
	}

}
