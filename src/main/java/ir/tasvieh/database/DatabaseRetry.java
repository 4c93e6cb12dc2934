package ir.tasvieh.database;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Work the database refused for a passing reason is tried again with back-off: a
 * deadlock, a lock wait that timed out, a connection lost on the way (Spring's transient
 * and recoverable exceptions, JDBC's, SQL state classes 40 and 08, MySQL's 1205 and 1213,
 * H2's lock timeout). Two instances starting jobs on one MySQL at once deadlock now and
 * then; that must cost a moment, never a run. Anything else is thrown at once. The work
 * is tried again only as a whole transaction, so trying it again is safe.
 */
public final class DatabaseRetry {

	private static final Log logger = LogFactory.getLog(DatabaseRetry.class);

	/** MySQL/MariaDB lock wait timeout and deadlock; H2's lock timeout. */
	private static final Set<Integer> TRANSIENT_CODES = Set.of(1205, 1213, 50200);

	/** About 6 s in all before giving up: longer than a deadlock or a lock wait lasts. */
	private static final RetryPolicy POLICY = RetryPolicy.builder()
		.maxRetries(6)
		.delay(Duration.ofMillis(100))
		.multiplier(2)
		.maxDelay(Duration.ofSeconds(3))
		.jitter(Duration.ofMillis(50))
		.predicate(DatabaseRetry::isTransient)
		.build();

	private static final RetryTemplate TEMPLATE = template();

	private DatabaseRetry() {
	}

	/** Whether a failure, or anything that caused it, is one that passes. */
	public static boolean isTransient(Throwable failure) {
		int depth = 0;
		for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
			if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
					|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException sql && isTransient(sql)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTransient(SQLException sql) {
		String state = sql.getSQLState();
		return (state != null && (state.startsWith("40") || state.startsWith("08")))
				|| TRANSIENT_CODES.contains(sql.getErrorCode());
	}

	/**
	 * Does {@code work}, again after a transient failure.
	 * @param what what the work is, for the log ("starting the job of run 7")
	 * @throws Exception what the last try threw
	 */
	public static <T> T call(String what, Retryable<T> work) throws Exception {
		try {
			return TEMPLATE.execute(named(what, work));
		}
		catch (RetryException ex) {
			Throwable last = (ex.getLastException() != null) ? ex.getLastException() : ex.getCause();
			if (last instanceof Exception exception) {
				throw exception;
			}
			if (last instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/** {@link #call} for work that throws no checked exception. */
	public static <T> T get(String what, Supplier<T> work) {
		try {
			return call(what, work::get);
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A transaction template that tries a whole transaction again after a transient
	 * failure; one that joins a transaction already under way is tried once, since only
	 * the outermost one can be undone and done again.
	 */
	public static TransactionTemplate transactions(PlatformTransactionManager transactionManager) {
		return new RetryingTransactions(transactionManager);
	}

	private static <T> Retryable<T> named(String what, Retryable<T> work) {
		return new Retryable<>() {

			@Override
			public T execute() throws Throwable {
				return work.execute();
			}

			@Override
			public String getName() {
				return what;
			}

		};
	}

	private static RetryTemplate template() {
		RetryTemplate template = new RetryTemplate(POLICY);
		template.setRetryListener(new RetryListener() {

			@Override
			public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
				Throwable last = state.getLastException();
				logger.warn("The database was busy or unreachable while " + retryable.getName() + " (try "
						+ state.getRetryCount() + "); trying again: " + ((last != null) ? last.getMessage() : ""));
			}

			@Override
			public void onRetryPolicyExhaustion(RetryPolicy policy, Retryable<?> retryable, RetryException exception) {
				Throwable last = exception.getLastException();
				if (!isTransient(last)) {
					// Not the database's doing: it was never tried again, and is the
					// caller's to report.
					return;
				}
				logger.error("The database stayed busy or unreachable while " + retryable.getName() + "; giving up: "
						+ ((last != null) ? last.getMessage() : ""));
				logger.debug("Given up", last);
			}

		});
		return template;
	}

	private static final class RetryingTransactions extends TransactionTemplate {

		RetryingTransactions(PlatformTransactionManager transactionManager) {
			super(transactionManager);
		}

		@Override
		public <T> T execute(TransactionCallback<T> action) {
			boolean outermost = getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRES_NEW
					|| !TransactionSynchronizationManager.isActualTransactionActive();
			if (!outermost) {
				return super.execute(action);
			}
			return get("a database transaction", () -> super.execute(action));
		}

	}

}
