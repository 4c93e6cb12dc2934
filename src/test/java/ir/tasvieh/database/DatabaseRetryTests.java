package ir.tasvieh.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.RecoverableDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseRetryTests {

	@Test
	void deadlocksLockTimeoutsAndLostConnectionsPass() {
		assertThat(DatabaseRetry.isTransient(new CannotAcquireLockException("deadlock"))).isTrue();
		assertThat(DatabaseRetry.isTransient(new RecoverableDataAccessException("connection lost"))).isTrue();
		assertThat(DatabaseRetry.isTransient(new IllegalStateException(new SQLException("deadlock", "40001", 1213))))
			.isTrue();
		assertThat(DatabaseRetry.isTransient(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
		assertThat(DatabaseRetry.isTransient(new SQLException("Timeout trying to lock table", "HYT00", 50200)))
			.isTrue();
		assertThat(DatabaseRetry.isTransient(new SQLException("Communications link failure", "08S01"))).isTrue();
		assertThat(DatabaseRetry.isTransient(new SQLTransientConnectionException("pool timed out"))).isTrue();
	}

	@Test
	void aBrokenConstraintAClosedDatabaseOrABugDoesNot() {
		assertThat(DatabaseRetry.isTransient(new DataIntegrityViolationException("duplicate tracker"))).isFalse();
		assertThat(DatabaseRetry.isTransient(new SQLException("Database is already closed", "90098", 90098))).isFalse();
		assertThat(DatabaseRetry.isTransient(new IllegalArgumentException("bug"))).isFalse();
	}

	@Test
	void triesTransientFailuresAgainAndThrowsOthersAtOnce() {
		AtomicInteger tries = new AtomicInteger();
		assertThat(DatabaseRetry.get("a test", () -> {
			if (tries.incrementAndGet() < 3) {
				throw new CannotAcquireLockException("deadlock");
			}
			return "done";
		})).isEqualTo("done");
		assertThat(tries).hasValue(3);

		AtomicInteger once = new AtomicInteger();
		assertThatThrownBy(() -> DatabaseRetry.get("a test", () -> {
			once.incrementAndGet();
			throw new DataIntegrityViolationException("duplicate tracker");
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(once).hasValue(1);
	}

}
