package ir.tasvieh.cli;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

import static org.assertj.core.api.Assertions.assertThat;

class StartFailuresTests {

	@Test
	void aDatabaseThatCannotBeReachedIsBadConfigurationNamingTheUrlWithoutItsOptions() {
		SQLException refused = new SQLException("Communications link failure\nmore", "08S01");
		refused.initCause(new ConnectException("Connection refused"));
		BeanCreationException failure = new BeanCreationException("flywayInitializer", "failed", refused);

		StartFailures.Problem problem = StartFailures.problem(failure, "jdbc:mysql://db:3306/tasvieh?password=secret");

		assertThat(problem.key()).isEqualTo("spring.datasource.url");
		assertThat(problem.description()).contains("jdbc:mysql://db:3306/tasvieh")
			.contains("cannot be reached (Communications link failure)")
			.doesNotContain("secret");
		assertThat(StartFailures.exitCode(failure)).isEqualTo(2);
	}

	@Test
	void aRefusedUserNamesTheUsername() {
		StartFailures.Problem problem = StartFailures
			.problem(new SQLException("Access denied for user 'tasvieh'", "28000", 1045), "jdbc:mysql://db/tasvieh");

		assertThat(problem.key()).isEqualTo("spring.datasource.username");
	}

	@Test
	void aFeatureReportsItsOwnBadSetting() {
		BeanCreationException failure = new BeanCreationException("uploadedSheets", "failed",
				new InvalidConfigurationPropertyValueException("tasvieh.upload.dir", "x",
						"The folder x cannot be written."));

		assertThat(StartFailures.problem(failure, null).key()).isEqualTo("tasvieh.upload.dir");
		assertThat(StartFailures.exitCode(failure)).isEqualTo(2);
	}

	@Test
	void aFailedMigrationOrABugIsNotConfiguration() {
		assertThat(StartFailures.exitCode(new FlywayMigrateFailure(new SQLException("syntax error", "42000"))))
			.isEqualTo(1);
		assertThat(StartFailures.exitCode(new IllegalStateException("bug"))).isEqualTo(1);
	}

	/** Named as Flyway's own exception is. */
	static class FlywayMigrateFailure extends RuntimeException {

		FlywayMigrateFailure(Throwable cause) {
			super("Migration V14 failed", cause);
		}

	}

}
