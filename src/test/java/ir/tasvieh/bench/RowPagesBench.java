package ir.tasvieh.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ir.tasvieh.payout.LedgerDays;
import ir.tasvieh.payout.LedgerTallies;
import ir.tasvieh.payout.PayoutLedger;
import ir.tasvieh.payout.PayoutStatus;
import ir.tasvieh.payout.RowPages;
import ir.tasvieh.payout.RowSearch;
import ir.tasvieh.run.RunOverview;

/**
 * Paging and searching a million-row run (issue 18): a new H2 file database migrated by
 * Flyway as the application migrates it, a run of {@code bench.rows} ledger rows (about
 * 2% failed and 1% invalid, changed over 60 days) written in batches, then the very reads
 * a run page, the rows API and the home page make, through the application's own classes:
 * the first, a middle and the last page of 50 rows, a page of the failed rows, searches
 * with their counts, the run's tallies and the last 30 days. Each is timed as the median
 * of five after one warm-up. Prints a table.
 * <p>
 * Usage: {@code mvn -B -o -q test-compile} then
 * {@code java -Xmx1g -cp target/test-classes:target/classes:$(cat target/bench-classpath)
 * -Dbench.rows=1000000 ir.tasvieh.bench.RowPagesBench}, with the class path from
 * {@code mvn -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath}
 * ({@code -Dbench.pages.db=target/bench/pages-<n>} reads an earlier run's database
 * again).
 */
public final class RowPagesBench {

	private static final int PAGE = 50;

	private static final int TRIES = 5;

	private RowPagesBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.getInteger("bench.rows", 1_000_000);
		// -Dbench.pages.db=<folder of an earlier run> reads its database again (migrated
		// to
		// the newest version first) instead of writing a new one.
		String reuse = System.getProperty("bench.pages.db");
		Path dir = (reuse != null) ? Path.of(reuse)
				: Files.createDirectories(Path.of("target", "bench", "pages-" + System.nanoTime()));
		JdbcDataSource dataSource = new JdbcDataSource();
		// Kept open between reads, as the application's connection pool keeps it.
		dataSource.setURL("jdbc:h2:file:" + dir.toAbsolutePath().resolve("tasvieh") + ";DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
		if (reuse == null) {
			long started = System.nanoTime();
			fill(dataSource, rows);
			System.out.printf("%,d ledger rows written in %,d ms%n", rows, (System.nanoTime() - started) / 1_000_000);
		}
		try (AnnotationConfigApplicationContext context = context(dataSource)) {
			RowPages ledger = context.getBean(RowPages.class);
			RowSearch search = context.getBean(RowSearch.class);
			LedgerTallies tallies = context.getBean(LedgerTallies.class);
			RunOverview overview = context.getBean(RunOverview.class);
			int lastPage = (rows - 1) / PAGE;
			long failed = tallies.tallyByStatusAndBank(1)
				.get(0)
				.stream()
				.filter((tally) -> tally.key().equals("FAILED"))
				.findFirst()
				.orElseThrow()
				.count();
			int lastFailedPage = (int) ((failed - 1) / PAGE);
			System.out.printf("%n%-52s %10s %8s%n", "read (run of " + String.format("%,d", rows) + " rows)",
					"median ms", "rows");
			time("page 1", () -> ledger.page(1, null, 0, PAGE).size());
			time("page " + (lastPage / 2 + 1) + " (the middle)", () -> ledger.page(1, null, lastPage / 2, PAGE).size());
			time("page " + (lastPage + 1) + " (the last)", () -> ledger.page(1, null, lastPage, PAGE).size());
			time("FAILED rows, page 1", () -> ledger.page(1, PayoutStatus.FAILED, 0, PAGE).size());
			time("FAILED rows, page " + (lastFailedPage + 1) + " (the last)",
					() -> ledger.page(1, PayoutStatus.FAILED, lastFailedPage, PAGE).size());
			time("search a row number: page", () -> search.page(1, null, "777777", 0, PAGE).size());
			time("search a row number: count", () -> (int) search.count(1, null, "777777"));
			time("search a name: page", () -> search.page(1, null, "Payee 54321", 0, PAGE).size());
			time("search a name: count", () -> (int) search.count(1, null, "Payee 54321"));
			time("search a tracker: page", () -> search.page(1, null, "BENCH-0912345", 0, PAGE).size());
			time("search a tracker: count", () -> (int) search.count(1, null, "BENCH-0912345"));
			time("tallies per status and bank (cached by the page)",
					() -> tallies.tallyByStatusAndBank(1).get(0).size());
			// The first read: the page keeps a read ten times as long as it took.
			long start = System.nanoTime();
			int days = overview.lastDays(30).size();
			System.out.printf("%-52s %10.1f %8d%n", "home page: the last 30 days (read once)",
					(System.nanoTime() - start) / 1e6, days);
			time("home page: the last 30 days (kept)", () -> overview.lastDays(30).size());
		}
	}

	private static AnnotationConfigApplicationContext context(DataSource dataSource) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
		context.registerBean(SimpleMeterRegistry.class);
		context.register(PayoutLedger.class, RowPages.class, RowSearch.class, LedgerTallies.class, LedgerDays.class,
				RunOverview.class);
		// Package-private in the ledger's package, as the application keeps it.
		context.registerBean(meters());
		context.refresh();
		return context;
	}

	private static Class<?> meters() {
		try {
			return Class.forName("ir.tasvieh.payout.PayoutMeters");
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One run of {@code rows} rows, written as the ledger writes them, in batches. */
	private static void fill(DataSource dataSource, int rows) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("INSERT INTO payout_run (id, file_name, file_path, sha256, provider, status, dry_run,"
						+ " created_by, created_at) VALUES (1, 'bench.xlsx', 'bench.xlsx', '" + "0".repeat(64)
						+ "', 'nextpay', 'COMPLETED', FALSE, 'bench', CURRENT_TIMESTAMP)");
			}
			Instant now = Instant.now();
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO payout (run_id, row_no, provider, tracker, tracker_derived, name, destination_type,"
							+ " destination, amount_irr, bank_name, status, input_cells, updated_at, sent_tracker)"
							+ " VALUES (1, ?, 'nextpay', ?, FALSE, ?, 'SHEBA', ?, ?, 'بانک ملت (Bank Mellat)', ?, '[]', ?, ?)")) {
				for (int i = 0; i < rows; i++) {
					String status = (i % 100 == 37) ? "INVALID" : (i % 50 == 11) ? "FAILED" : "PAID";
					String tracker = String.format("BENCH-%07d", i);
					insert.setInt(1, i + 2);
					insert.setString(2, tracker);
					insert.setString(3, "Payee " + i);
					insert.setString(4, String.format("IR%024d", 820540102680020817L + i));
					insert.setLong(5, 1_000_000L + i);
					insert.setString(6, status);
					insert.setTimestamp(7, status.equals("INVALID") ? null
							: Timestamp.from(now.minus(Duration.ofMinutes((long) i * 60 * 24 * 60 / rows))));
					insert.setString(8, status.equals("INVALID") ? null : tracker);
					insert.addBatch();
					if (i % 5000 == 4999) {
						insert.executeBatch();
						connection.commit();
					}
				}
				insert.executeBatch();
				connection.commit();
			}
		}
	}

	private static void time(String what, Supplier<Integer> read) {
		int found = read.get();
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < TRIES; i++) {
			long start = System.nanoTime();
			found = read.get();
			times.add((System.nanoTime() - start) / 1_000);
		}
		Collections.sort(times);
		System.out.printf("%-52s %10.1f %8d%n", what, times.get(TRIES / 2) / 1000.0, found);
	}

}
