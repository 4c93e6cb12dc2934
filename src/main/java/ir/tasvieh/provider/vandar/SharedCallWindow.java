package ir.tasvieh.provider.vandar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rate limit of the provider account kept for every instance on the database: at most
 * {@code limit} calls in any window. A call locks the limit's row, drops the times that
 * left the window, and counts itself in when there is room; otherwise it waits until the
 * oldest leaves. Clocks of the instances are taken to agree within a few milliseconds.
 * When the database cannot be reached the call goes ahead: this process's own limit and
 * the back-off on Vandar's 429 still hold.
 */
final class SharedCallWindow {

	private static final Log logger = LogFactory.getLog(SharedCallWindow.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final String name;

	private final int limit;

	private final long windowMillis;

	SharedCallWindow(JdbcTemplate jdbc, TransactionTemplate transactions, String name, int limit, Duration window) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.name = name;
		this.limit = limit;
		this.windowMillis = window.toMillis();
	}

	/** Waits until one more call fits in the window, then counts it. */
	void acquire() throws InterruptedException {
		while (true) {
			Long wait;
			try {
				wait = this.transactions.execute((status) -> tryTake(System.currentTimeMillis()));
			}
			catch (DataAccessException ex) {
				logger.warn("Could not count a call in the shared " + this.name + " window: " + ex.getMessage());
				return;
			}
			if (wait == null || wait <= 0) {
				return;
			}
			Thread.sleep(wait);
		}
	}

	/**
	 * @return 0 when the call was counted in, else how long to wait (ms)
	 */
	private long tryTake(long now) {
		List<String> found = this.jdbc.queryForList("SELECT calls FROM provider_call_window WHERE name = ? FOR UPDATE",
				String.class, this.name);
		if (found.isEmpty()) {
			try {
				this.jdbc.update("INSERT INTO provider_call_window (name, calls) VALUES (?, ?)", this.name,
						Long.toString(now));
				return 0;
			}
			catch (DuplicateKeyException ex) {
				// Another instance made the row first: count in under its lock.
				return 1;
			}
		}
		List<Long> recent = new ArrayList<>();
		for (String time : found.get(0).split(",")) {
			if (!time.isEmpty() && Long.parseLong(time) > now - this.windowMillis) {
				recent.add(Long.parseLong(time));
			}
		}
		// In the order taken, but another instance's clock may be a little behind.
		recent.sort(null);
		if (recent.size() >= this.limit) {
			return recent.get(0) + this.windowMillis - now + 1;
		}
		recent.add(now);
		this.jdbc.update("UPDATE provider_call_window SET calls = ? WHERE name = ?",
				recent.stream().map(String::valueOf).collect(Collectors.joining(",")), this.name);
		return 0;
	}

}
