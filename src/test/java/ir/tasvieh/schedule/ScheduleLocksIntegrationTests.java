package ir.tasvieh.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database lock that keeps a scheduled task on one instance at a time.
 */
@SpringBootTest
class ScheduleLocksIntegrationTests {

	@Autowired
	LockProvider locks;

	@Test
	void letsOneHolderAtATimeTakeATasksLock() {
		LockConfiguration refresh = new LockConfiguration(Instant.now(), "refresh", Duration.ofMinutes(5),
				Duration.ZERO);

		Optional<SimpleLock> first = this.locks.lock(refresh);
		Optional<SimpleLock> second = this.locks.lock(refresh);
		Optional<SimpleLock> otherTask = this.locks
			.lock(new LockConfiguration(Instant.now(), "inbox", Duration.ofMinutes(5), Duration.ZERO));

		assertThat(first).isPresent();
		assertThat(second).as("the lock is held").isEmpty();
		assertThat(otherTask).as("another task's lock is its own").isPresent();
		first.get().unlock();
		otherTask.get().unlock();
		assertThat(this.locks.lock(refresh)).as("released, it can be taken again").isPresent();
	}

}
