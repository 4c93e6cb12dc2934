package ir.tasvieh.cli;

import org.junit.jupiter.api.Test;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineStartTests {

	@Test
	void servesOnTheConfiguredPortWithTheSchedulerWhenNoCommandOrServeIsGiven() {
		for (String[] args : new String[][] { {}, { "serve" }, { "--server.port=9090" },
				{ "serve", "--tasvieh.provider=vandar" } }) {
			assertThat(CommandLineStart.defaultProperties(args)).doesNotContainKey("server.port")
				.containsEntry("tasvieh.scheduler.enabled", "true");
		}
	}

	@Test
	void runsOneShotCommandsOnAFreeLoopbackPortWithoutTheScheduler() {
		for (String[] args : new String[][] { { "run", "x.xlsx" }, { "validate", "--out", "o", "x.xlsx" },
				{ "refresh" }, { "--help" }, { "serve", "--help" }, { "-V" } }) {
			assertThat(CommandLineStart.defaultProperties(args)).containsEntry("server.port", "0")
				.containsEntry("server.address", "127.0.0.1")
				.containsEntry("tasvieh.scheduler.enabled", "false");
		}
	}

	@Test
	void startsNoWebServerAndMakesBeansOnFirstUseForCommandsThatCallNoProvider() {
		for (String[] args : new String[][] { { "validate", "--out", "o", "x.xlsx" }, { "template", "--lang", "en" },
				{ "--help" }, { "run", "--help" } }) {
			assertThat(CommandLineStart.defaultProperties(args))
				.containsEntry("spring.main.web-application-type", "none")
				.containsEntry("spring.main.lazy-initialization", "true");
		}
		for (String[] args : new String[][] { { "run", "x.xlsx" }, { "refresh" }, { "retry", "7" }, {} }) {
			assertThat(CommandLineStart.defaultProperties(args)).doesNotContainKey("spring.main.web-application-type");
		}
	}

	@Test
	void leavesTheServersAutoConfigurationsOutOfCommandsThatCallNoProvider() {
		assertThat(CommandLineStart.defaultProperties(new String[] { "validate", "x.xlsx" }))
			.containsEntry("spring.autoconfigure.exclude", OfflineStart.UNUSED_AUTO_CONFIGURATIONS);
		for (String[] args : new String[][] { { "run", "x.xlsx" }, { "refresh" }, { "serve" }, {} }) {
			assertThat(CommandLineStart.defaultProperties(args)).doesNotContainKey("spring.autoconfigure.exclude");
		}
	}

	@Test
	void namesOnlyAutoConfigurationsThatExistSoAnUpgradeThatRenamesOneIsNoticed() {
		// Spring Boot ignores an excluded class that is not there at all.
		assertThat(OfflineStart.UNUSED_AUTO_CONFIGURATIONS.split(",")).isNotEmpty()
			.allSatisfy(
					(name) -> assertThat(ClassUtils.isPresent(name, getClass().getClassLoader())).as(name).isTrue());
	}

}
