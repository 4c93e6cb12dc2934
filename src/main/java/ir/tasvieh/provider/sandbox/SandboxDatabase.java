package ir.tasvieh.provider.sandbox;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sandbox's own connections to the application's database. The sandbox stands in for
 * a provider on another server; sharing the app's pool, it waited behind the very runs it
 * was answering, and eight runs paid at once made its answers time out (and the payouts
 * it had taken UNKNOWN). A pool of its own, on the same database, keeps the two apart as
 * a real provider is. Not a {@link DataSource} bean, so the application's own pool stays
 * the one Spring Boot configures.
 */
@Component
@ConditionalOnSandbox
public class SandboxDatabase implements AutoCloseable {

	/** One connection per call the sandbox answers at once, and a few for its timers. */
	private static final int POOL_SIZE = 12;

	private final HikariDataSource ownPool;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	SandboxDatabase(DataSource application) {
		this.ownPool = ownPool(application);
		DataSource source = (this.ownPool != null) ? this.ownPool : application;
		this.jdbc = new JdbcTemplate(source);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(source));
	}

	/**
	 * A pool like the application's, with the same database and credentials; none when
	 * the application's is not a Hikari pool (a test's wrapper), whose connections are
	 * then shared.
	 */
	private static HikariDataSource ownPool(DataSource application) {
		try {
			if (!application.isWrapperFor(HikariDataSource.class)) {
				return null;
			}
			HikariConfig config = new HikariConfig();
			application.unwrap(HikariDataSource.class).copyStateTo(config);
			config.setPoolName("sandbox");
			config.setMaximumPoolSize(POOL_SIZE);
			config.setMinimumIdle(1);
			return new HikariDataSource(config);
		}
		catch (SQLException ex) {
			return null;
		}
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	public TransactionTemplate transactions() {
		return this.transactions;
	}

	@Override
	public void close() {
		if (this.ownPool != null) {
			this.ownPool.close();
		}
	}

}
