package ir.tasvieh.schedule;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the application's {@link DataSource} so that the next {@code n} statements that
 * create a job instance ({@code INSERT INTO BATCH_JOB_INSTANCE}) fail as MySQL fails two
 * instances that create jobs at once: a deadlock.
 */
final class DeadlockInjector implements BeanPostProcessor {

	private final AtomicInteger left = new AtomicInteger();

	private final AtomicInteger thrown = new AtomicInteger();

	/** The next {@code count} job creations fail. */
	void failNext(int count) {
		this.left.set(count);
	}

	void stop() {
		this.left.set(0);
	}

	/** How many deadlocks were thrown so far. */
	int thrown() {
		return this.thrown.get();
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
			return new DelegatingDataSource(dataSource) {

				@Override
				public Connection getConnection() throws SQLException {
					return deadlocking(super.getConnection());
				}

			};
		}
		return bean;
	}

	private Connection deadlocking(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (method.getName().equals("prepareStatement") && createsJobInstance(args[0])
							&& this.left.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
						this.thrown.incrementAndGet();
						throw new CannotAcquireLockException(
								"PreparedStatementCallback; SQL [INSERT INTO BATCH_JOB_INSTANCE ...]; Deadlock found"
										+ " when trying to get lock; try restarting transaction",
								new SQLException("Deadlock found when trying to get lock", "40001", 1213));
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

	private static boolean createsJobInstance(Object sql) {
		return sql instanceof String text && text.toUpperCase(Locale.ROOT).contains("INSERT INTO BATCH_JOB_INSTANCE");
	}

}
