package ir.tasvieh.job;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database made before the validation job was renamed keeps its job instances: they are
 * found under the new name, so an interrupted validation is resumed, not started again
 * from the first row.
 */
class ValidationJobNameMigrationTests {

	@Test
	void renamesTheValidationJobsOfAnExistingDatabase() {
		SimpleDriverDataSource database = new SimpleDriverDataSource(new org.h2.Driver(),
				"jdbc:h2:mem:job-name-migration;DB_CLOSE_DELAY=-1", "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		flyway(database).target(MigrationVersion.fromVersion("22")).load().migrate();
		jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (VERSION, JOB_NAME, JOB_KEY) VALUES (0, 'payoutJob', 'k1')");
		jdbc.update("INSERT INTO BATCH_JOB_INSTANCE (VERSION, JOB_NAME, JOB_KEY) VALUES (0, 'paymentJob', 'k1')");

		flyway(database).load().migrate();

		assertThat(jdbc.queryForList("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE ORDER BY JOB_INSTANCE_ID", String.class))
			.containsExactly(ValidationJobConfiguration.JOB_NAME, PaymentJobConfiguration.JOB_NAME);
	}

	private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(SimpleDriverDataSource database) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration/h2");
	}

}
