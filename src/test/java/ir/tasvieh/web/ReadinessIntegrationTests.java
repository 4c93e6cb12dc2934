package ir.tasvieh.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Readiness follows the database (SPEC 9.8): when the database goes away, a load balancer
 * is told to send no more traffic, while liveness stays up (restarting would not bring
 * the database back).
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=1000")
@AutoConfigureMockMvc
@DirtiesContext
class ReadinessIntegrationTests {

	private static final Path DIR = folder();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** A file database that, once closed and removed, cannot be opened again. */
	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DIR.resolve("tasvieh") + ";IFEXISTS=TRUE");
	}

	@Test
	void refusesTrafficWhenTheDatabaseIsGoneAndStaysAlive() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());

		this.jdbc.execute("SHUTDOWN");
		Files.delete(DIR.resolve("tasvieh.mv.db"));

		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"))
			.andExpect(jsonPath("$.components").doesNotExist());
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		assertThat(DIR.resolve("tasvieh.mv.db")).doesNotExist();
	}

	private static Path folder() {
		try {
			Path target = Path.of("target");
			Files.createDirectories(target);
			Path dir = Files.createTempDirectory(target, "readiness-tests-").toAbsolutePath();
			// IFEXISTS: the first start needs the database to be there already.
			try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("tasvieh"), "sa",
					"")) {
				return dir;
			}
		}
		catch (IOException | java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
